package dev.furrow.sinks.postgres;

import static dev.furrow.sinks.postgres.SqlIdentifiers.quote;

import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Combine;
import dev.furrow.domain.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Mapping: the table, view and SQL statements of one model in one schema. The table holds the
 * model's columns plus {@code run_id text not null}; rows are unique per {@code (run_id, <key
 * columns>)} by a {@code UNIQUE NULLS NOT DISTINCT} constraint (PostgreSQL 15+), not a primary key,
 * because key columns may be null (a page view without a country) and a primary key column cannot
 * be. NULLS NOT DISTINCT makes two rows with the same run and a null country collide, as two equal
 * keys should.
 */
final class ModelTable {

  /** The column naming the run of each row. */
  static final String RUN_ID = "run_id";

  /** The suffix of the view combining all runs. */
  static final String VIEW_SUFFIX = "_combined";

  /** The ledger table's name; no model may use it. */
  static final String LEDGER = "furrow_loads";

  private final String schema;
  private final Model model;
  private final List<Column> keys;
  private final List<Column> measures;

  ModelTable(String schema, Model model) {
    this.schema = SqlIdentifiers.check("schema", schema);
    this.model = model;
    String name = SqlIdentifiers.check("model", model.name());
    if (name.length() + VIEW_SUFFIX.length() > SqlIdentifiers.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Model name '"
              + name
              + "' is too long for PostgreSQL: its view "
              + name
              + VIEW_SUFFIX
              + " must fit in "
              + SqlIdentifiers.MAX_LENGTH
              + " characters");
    }
    if (name.equals(LEDGER)) {
      throw new IllegalArgumentException("Model name '" + LEDGER + "' is the sink's ledger table");
    }
    int keyCount = model.keys().size();
    this.keys = model.columns().subList(0, keyCount);
    this.measures = model.columns().subList(keyCount, model.columns().size());
    for (Column column : model.columns()) {
      SqlIdentifiers.check("column", column.name());
      if (column.name().equals(RUN_ID)) {
        throw new IllegalArgumentException(
            "Model '" + name + "' declares a column named " + RUN_ID + ", which the sink adds");
      }
    }
    measures.forEach(this::checkCombinable);
  }

  Model model() {
    return model;
  }

  String schema() {
    return schema;
  }

  String tableName() {
    return model.name();
  }

  String viewName() {
    return model.name() + VIEW_SUFFIX;
  }

  /** {@code "schema"."model"}. */
  String qualifiedTable() {
    return SqlIdentifiers.qualified(schema, tableName());
  }

  String qualifiedView() {
    return SqlIdentifiers.qualified(schema, viewName());
  }

  /** {@code run_id} then the model's columns, as the sink expects to find them. */
  List<ExpectedColumn> expectedColumns() {
    List<ExpectedColumn> expected = new ArrayList<>();
    expected.add(new ExpectedColumn(RUN_ID, "text", true));
    for (Column column : model.columns()) {
      expected.add(new ExpectedColumn(column.name(), sqlType(column.type()), false));
    }
    return expected;
  }

  /** The columns of the unique constraint: {@code run_id} then the key columns. */
  List<String> uniqueColumns() {
    List<String> names = new ArrayList<>();
    names.add(RUN_ID);
    keys.forEach(k -> names.add(k.name()));
    return names;
  }

  String createTableSql() {
    String columns =
        expectedColumns().stream()
            .map(c -> quote(c.name()) + " " + c.type() + (c.notNull() ? " NOT NULL" : ""))
            .collect(Collectors.joining(", "));
    String unique =
        uniqueColumns().stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", "));
    return "CREATE TABLE "
        + qualifiedTable()
        + " ("
        + columns
        + ", UNIQUE NULLS NOT DISTINCT ("
        + unique
        + "))";
  }

  /** The view of all runs combined by each column's {@link Combine} rule. */
  String createViewSql() {
    List<String> select = new ArrayList<>();
    keys.forEach(k -> select.add(quote(k.name())));
    measures.forEach(m -> select.add(combined(m) + " AS " + quote(m.name())));
    String sql =
        "CREATE OR REPLACE VIEW "
            + qualifiedView()
            + " AS SELECT "
            + String.join(", ", select)
            + " FROM "
            + qualifiedTable();
    if (keys.isEmpty()) {
      // Without keys an aggregate returns one row even over no rows; combining no runs gives none.
      return sql + " HAVING count(*) > 0";
    }
    return sql
        + " GROUP BY "
        + keys.stream().map(k -> quote(k.name())).collect(Collectors.joining(", "));
  }

  String deleteRunSql() {
    return "DELETE FROM " + qualifiedTable() + " WHERE " + quote(RUN_ID) + " = ?";
  }

  String copySql() {
    String columns =
        expectedColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    return "COPY " + qualifiedTable() + " (" + columns + ") FROM STDIN (FORMAT csv)";
  }

  /** The PostgreSQL type of a column type, spelt as {@code format_type()} reports it. */
  static String sqlType(ColumnType type) {
    return switch (type) {
      case STRING -> "text";
      case INT -> "integer";
      case LONG -> "bigint";
      case DOUBLE -> "double precision";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp with time zone";
      case BOOLEAN -> "boolean";
    };
  }

  /**
   * The aggregate combining a measure as {@link dev.furrow.domain.model.RowCombiner} does: sums
   * keep the column's type (overflow is an error, as in Java); booleans order false before true;
   * text compares in the "C" collation (code point order, as Java's String order for all but
   * supplementary characters) whatever the database's collation.
   */
  private static String combined(Column column) {
    String name = quote(column.name());
    return switch (column.combine()) {
      case SUM ->
          switch (column.type()) {
            case INT -> "sum(" + name + ")::integer";
            case LONG -> "sum(" + name + ")::bigint";
            default -> "sum(" + name + ")";
          };
      case MIN, ANY -> extreme("min", "bool_and", column);
      case MAX -> extreme("max", "bool_or", column);
      case KEY -> throw new IllegalStateException("KEY measure " + column.name());
    };
  }

  private static String extreme(String function, String booleanFunction, Column column) {
    String name = quote(column.name());
    return switch (column.type()) {
      case BOOLEAN -> booleanFunction + "(" + name + ")";
      case STRING -> "(" + function + "(" + name + " COLLATE \"C\") COLLATE \"default\")";
      default -> function + "(" + name + ")";
    };
  }

  private void checkCombinable(Column column) {
    boolean ok =
        switch (column.combine()) {
          case SUM ->
              column.type() == ColumnType.INT
                  || column.type() == ColumnType.LONG
                  || column.type() == ColumnType.DOUBLE;
          case MIN, MAX, ANY -> true;
          case KEY -> false;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          "Model '"
              + model.name()
              + "': measure column "
              + column.name()
              + " of type "
              + column.type()
              + " cannot combine by "
              + column.combine());
    }
  }

  /** A column the table must have: name, type as {@code format_type()} spells it, NOT NULL. */
  record ExpectedColumn(String name, String type, boolean notNull) {}
}
