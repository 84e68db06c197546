package org.rankmeeting.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging set-up, in code rather than a {@code logback.xml}: reading an XML configuration loads an XML parser
 * and Logback's configuration model, a tenth of a second of every cold start. Quiet by default (the terminal is for
 * the tool's output): warnings on standard error, {@code -v} raises {@code org.rankmeeting} to DEBUG (through the
 * {@code rankmeeting.log} property). A configuration file given with {@code -Dlogback.configurationFile} is used
 * instead. Found by Logback through {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        Layout layout = new Layout();
        layout.setContext(context);
        layout.start();
        encoder.setLayout(layout);
        encoder.start();

        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setName("ERR");
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();

        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(err);
        context.getLogger("org.drools").setLevel(Level.WARN);
        context.getLogger("org.kie").setLevel(Level.WARN);
        context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(Level.OFF);
        context.getLogger("org.drools.compiler.kie.builder.impl.KieContainerImpl").setLevel(Level.OFF);
        // Javalin logs a failed start (port in use) with its stack trace; serve reports it in one line instead.
        context.getLogger("io.javalin.Javalin").setLevel(Level.OFF);
        context.getLogger("org.rankmeeting").setLevel(Level.toLevel(System.getProperty("rankmeeting.log"), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code LEVEL o.r.engine.RuleBase - message}, the level padded to five, then the stack trace if any. */
    static final class Layout extends LayoutBase<ILoggingEvent> {

        private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128);
            String level = event.getLevel().toString();
            line.append(level).append(" ".repeat(Math.max(0, 5 - level.length()))).append(' ')
                    .append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
                    .append(event.getFormattedMessage()).append(System.lineSeparator());
            if (event.getThrowableProxy() != null) {
                line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
