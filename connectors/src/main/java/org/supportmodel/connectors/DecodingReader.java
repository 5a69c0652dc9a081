package org.supportmodel.connectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Decodes bytes strictly (a malformed or unmappable byte is an error, never a replacement
 * character), drops a leading byte-order mark, and knows the line of the byte that fails. Not
 * thread-safe; package-private.
 */
final class DecodingReader extends Reader {
  private static final char BOM = '\uFEFF';

  private final InputStream in;
  private final String source;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long newlines;
  private boolean started;
  private boolean eof;
  private boolean flushed;

  DecodingReader(InputStream in, String source, Charset charset) {
    this.in = in;
    this.source = source;
    this.charset = charset;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (out.position() == offset) {
      if (flushed) {
        return -1;
      }
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        throw failure(buffer, offset, out.position(), result);
      }
      if (result.isUnderflow()) {
        if (eof) {
          if (decoder.flush(out).isOverflow()) {
            break;
          }
          flushed = true;
        } else {
          fill();
        }
      } else {
        break; // overflow: the buffer is full
      }
    }
    int end = out.position();
    if (end == offset) {
      return -1;
    }
    int start = offset;
    if (!started) {
      started = true;
      if (buffer[offset] == BOM) {
        start++;
        System.arraycopy(buffer, start, buffer, offset, end - start);
        end--;
      }
    }
    int counted = 0;
    for (int i = offset; i < end; i++) {
      counted += buffer[i] == '\n' ? 1 : 0; // no branch per character
    }
    newlines += counted;
    return end == offset ? read(buffer, offset, length) : end - offset;
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  private IOException failure(char[] buffer, int offset, int end, CoderResult result) {
    long line = newlines + 1;
    for (int i = offset; i < end; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < result.length(); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    String hint = charset.name().equals("UTF-8")
        ? "; if the file was saved as Windows-1252 (Excel's \"CSV (Comma delimited)\"), read it with encoding windows-1252"
        : "";
    return new EncodingFailure(new ImportException(ImportException.Kind.ENCODING, source, line,
        "byte " + hex + " is not valid " + charset.name() + hint));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Carries the import exception through the CSV parser, which wraps I/O errors. */
  static final class EncodingFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final ImportException failure;

    EncodingFailure(ImportException failure) {
      super(failure.getMessage());
      this.failure = failure;
    }

    ImportException failure() {
      return failure;
    }
  }
}
