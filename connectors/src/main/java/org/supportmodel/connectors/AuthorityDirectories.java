package org.supportmodel.connectors;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;
import org.supportmodel.core.AuthorityKind;
import org.supportmodel.core.ResolvingAuthority;
import org.supportmodel.core.SupportLevel;
import org.supportmodel.routing.AuthorityDirectory;

/**
 * Reads an {@link AuthorityDirectory} from CSV: one row per assignment group, with the columns
 * {@code group} (the helpdesk's name), {@code kind} (an {@link AuthorityKind} such as {@code
 * PARTNER}), {@code level} (1 to 5) and optionally {@code authority} (an id such as {@code
 * partner-fabrikam}) and {@code name} (such as {@code Fabrikam}). Without an id the group stands
 * for the one generic authority of its kind. A directory is configuration: the first bad row fails
 * with its line, column and reason.
 */
public final class AuthorityDirectories {
  private AuthorityDirectories() {}

  /**
   * Reads a directory file.
   *
   * @param file the CSV file
   * @param charset its encoding
   * @return the directory, never null
   * @throws ImportException if the file is missing, unreadable, or a row is invalid
   */
  public static AuthorityDirectory read(Path file, Charset charset) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(charset, "charset");
    try (CsvTable table = CsvTable.open(file, charset)) {
      return read(table);
    }
  }

  /**
   * Reads a directory table.
   *
   * @param table the table, positioned after its header
   * @return the directory, never null
   * @throws ImportException naming the line, column and reason of the first invalid row
   */
  public static AuthorityDirectory read(CsvTable table) {
    Objects.requireNonNull(table, "table");
    int group = table.column("group", "the assignment group's name");
    int kind = table.column("kind", "the authority kind");
    int level = table.column("level", "the support level, 1 to 5");
    OptionalInt id = table.findColumn("authority");
    OptionalInt name = table.findColumn("name");
    AuthorityDirectory.Builder builder = AuthorityDirectory.builder();
    table.forEach(row -> {
      String groupName = row.get(group).strip();
      AuthorityKind authorityKind = parse(row, "kind", () -> AuthorityKind.parse(row.get(kind).strip()));
      SupportLevel supportLevel = parse(row, "level", () -> SupportLevel.parse(row.get(level).strip()));
      String authorityId = id.isPresent() ? row.get(id.getAsInt()).strip() : "";
      String authorityName = name.isPresent() ? row.get(name.getAsInt()).strip() : "";
      ResolvingAuthority authority = authorityId.isEmpty()
          ? ResolvingAuthority.of(authorityKind)
          : parse(row, "authority", () -> ResolvingAuthority.of(authorityKind, authorityId, authorityName.isEmpty() ? authorityId : authorityName));
      parse(row, "group", () -> builder.add(groupName, authority, supportLevel));
    });
    return builder.build();
  }

  private static <T> T parse(CsvRow row, String column, java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw row.error(column, String.valueOf(e.getMessage()));
    }
  }
}
