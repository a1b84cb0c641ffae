package dev.furrow.spark;

import dev.furrow.domain.event.EnrichedEvent;
import dev.furrow.domain.model.Aggregator;
import dev.furrow.domain.model.Column;
import dev.furrow.domain.model.ColumnType;
import dev.furrow.domain.model.Combine;
import dev.furrow.domain.model.Keys;
import dev.furrow.domain.model.MeasureKind;
import dev.furrow.domain.model.Measures;
import dev.furrow.domain.model.Model;
import dev.furrow.domain.testing.DistinctCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;

/** Fixture: user-written models that reach every column type, measure kind and the udaf path. */
final class TestModels {

  private TestModels() {}

  /** {@link #typed()} without its exact DOUBLE sum, so that every measure is a Spark built-in. */
  static Model typedStandard() {
    Model typed = typed();
    Model.Spec spec = Model.named("typed_standard").where(typed.filter());
    typed.keys().forEach(spec::key);
    typed.measures().stream()
        .filter(m -> !(m.kind() == MeasureKind.SUM && m.column().type() == ColumnType.DOUBLE))
        .forEach(spec::measure);
    return spec.build();
  }

  /** Keys of all seven column types and every standard measure kind, on edge values too. */
  static Model typed() {
    return Model.named("typed_checks")
        .key(Keys.date("derived_date", EnrichedEvent::derivedTstamp, ZoneOffset.UTC))
        .key(Keys.of("derived_hour", ColumnType.TIMESTAMP, TestModels::derivedHour))
        .key(Keys.of("se_value", ColumnType.DOUBLE, EnrichedEvent::seValue))
        .key(Keys.of("fingerprinted", ColumnType.BOOLEAN, e -> e.eventFingerprint() != null))
        .key(Keys.integer("session_idx", EnrichedEvent::domainSessionidx))
        .key(Keys.string("event", EnrichedEvent::event))
        .measure(Measures.count("events"))
        .measure(Measures.min("first_day", ColumnType.DATE, TestModels::derivedDate))
        .measure(Measures.max("last_derived", ColumnType.TIMESTAMP, EnrichedEvent::derivedTstamp))
        .measure(Measures.min("min_title", ColumnType.STRING, EnrichedEvent::pageTitle))
        .measure(Measures.max("max_title", ColumnType.STRING, EnrichedEvent::pageTitle))
        .measure(Measures.any("any_url", ColumnType.STRING, EnrichedEvent::pageUrl))
        .measure(Measures.sum("value_sum", ColumnType.DOUBLE, EnrichedEvent::seValue))
        .measure(Measures.sum("idx_sum", ColumnType.LONG, EnrichedEvent::domainSessionidx))
        .measure(Measures.min("min_value", ColumnType.DOUBLE, EnrichedEvent::seValue))
        .measure(Measures.max("max_value", ColumnType.DOUBLE, EnrichedEvent::seValue))
        .measure(Measures.countIf("pings", e -> "page_ping".equals(e.event())))
        .measure(
            Measures.firstBy(
                "first_title",
                ColumnType.STRING,
                EnrichedEvent::pageTitle,
                EnrichedEvent::derivedTstamp))
        .measure(
            Measures.lastBy(
                "last_derived_by_title",
                ColumnType.TIMESTAMP,
                EnrichedEvent::derivedTstamp,
                EnrichedEvent::pageTitle))
        .measure(
            Measures.firstBy(
                "first_value_by_idx",
                ColumnType.DOUBLE,
                EnrichedEvent::seValue,
                EnrichedEvent::domainSessionidx))
        .measure(
            Measures.lastBy(
                "last_flag_by_id",
                ColumnType.BOOLEAN,
                e -> e.eventFingerprint() != null,
                EnrichedEvent::eventId))
        .measure(
            Measures.lastBy(
                "last_day_by_value",
                ColumnType.DATE,
                TestModels::derivedDate,
                EnrichedEvent::seValue))
        .build();
  }

  /** An exact TIMESTAMP key (nanoseconds) and user-defined aggregators (the udaf path). */
  static Model custom() {
    return Model.named("custom_checks")
        .key(Keys.of("derived_tstamp", ColumnType.TIMESTAMP, EnrichedEvent::derivedTstamp))
        .key(Keys.string("title", EnrichedEvent::pageTitle))
        .measure(Measures.count("events"))
        .measure(
            Measures.custom(
                new Column("distinct_users", ColumnType.LONG, Combine.MAX),
                EnrichedEvent::domainUserid,
                new DistinctCount()))
        .measure(
            Measures.custom(
                new Column("countries", ColumnType.STRING, Combine.ANY),
                EnrichedEvent::geoCountry,
                new JoinedDistinct()))
        .measure(
            Measures.custom(
                new Column("idx_squares", ColumnType.LONG, Combine.SUM),
                EnrichedEvent::domainSessionidx,
                new SumOfSquares()))
        .build();
  }

  private static Instant derivedHour(EnrichedEvent e) {
    Instant t = e.derivedTstamp();
    return t == null ? null : t.truncatedTo(ChronoUnit.HOURS);
  }

  private static LocalDate derivedDate(EnrichedEvent e) {
    Instant t = e.derivedTstamp();
    return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  /** The distinct inputs, sorted and joined with commas; null when there is none. */
  static final class JoinedDistinct implements Aggregator<String, TreeSet<String>, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public TreeSet<String> zero() {
      return new TreeSet<>();
    }

    @Override
    public TreeSet<String> add(TreeSet<String> buffer, String input) {
      buffer.add(input);
      return buffer;
    }

    @Override
    public TreeSet<String> merge(TreeSet<String> left, TreeSet<String> right) {
      left.addAll(right);
      return left;
    }

    @Override
    public String finish(TreeSet<String> buffer) {
      return buffer.isEmpty() ? null : String.join(",", buffer);
    }
  }

  /** Sum of the squares of integer inputs. */
  static final class SumOfSquares implements Aggregator<Integer, Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long add(Long buffer, Integer input) {
      return buffer + (long) input * input;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }
  }
}
