package org.supportmodel.connectors;

import java.util.Objects;
import org.supportmodel.core.internal.Checks;

/**
 * An export that cannot be read: the file is missing or unreadable, it is not in the expected
 * encoding, its CSV or header is malformed, a value cannot be read, or (in strict mode) its
 * histories have problems. The message is one line that names the source, the line where known,
 * and the rule broken; {@link #kind()} tells the cases apart, for exit codes.
 */
public final class ImportException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The file does not exist. */
    NOT_FOUND,
    /** The file or stream cannot be read. */
    UNREADABLE,
    /** The bytes are not text in the expected encoding. */
    ENCODING,
    /** The CSV, its header or a value does not fit the mapping. */
    FORMAT,
    /** Strict mode found problems in the histories. */
    PROBLEMS
  }

  private final Kind kind;
  private final String source;
  private final long line;

  /**
   * Creates the exception.
   *
   * @param kind what went wrong
   * @param source the file or stream name
   * @param line the line, 1 or more, or 0 if the problem has no line
   * @param message what is wrong, without the source and line
   */
  public ImportException(Kind kind, String source, long line, String message) {
    super(Objects.requireNonNull(source, "source") + (line > 0 ? ":" + line : "") + ": " + Objects.requireNonNull(message, "message"));
    Objects.requireNonNull(kind, "kind");
    Checks.check(line >= 0, "line", line, "must not be negative");
    this.kind = kind;
    this.source = source;
    this.line = line;
  }

  /**
   * What went wrong.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The file or stream name.
   *
   * @return the name, never null
   */
  public String source() {
    return source;
  }

  /**
   * The line, or 0 if the problem has no line.
   *
   * @return the line
   */
  public long line() {
    return line;
  }
}
