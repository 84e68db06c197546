package org.rankmeeting.explain;

/** Output formats of every command that reports outcomes. */
public enum Format { TEXT, JSON, MARKDOWN }
