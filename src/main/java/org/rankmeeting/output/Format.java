package org.rankmeeting.output;

/** Output formats of every command that reports outcomes. */
public enum Format { TEXT, JSON, MARKDOWN }
