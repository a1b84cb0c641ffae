package dev.furrow.app.wiring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import dev.furrow.app.config.FurrowSettings;
import dev.furrow.app.config.SettingsLoader;
import dev.furrow.domain.job.JobListener;
import dev.furrow.domain.job.RunJob;
import dev.furrow.domain.model.builtin.BuiltInModels;
import dev.furrow.domain.sink.Sink;
import dev.furrow.sinks.postgres.PostgresSinkException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL sink's wiring, with a server address where nothing listens: binding and building
 * the job connect to nothing; only the start-up check does, and its failure shows no password.
 */
class PostgresSinkWiringTest {

  private static final String PASSWORD = "pw-wiring-5ecret";

  @TempDir Path dir;

  private FurrowSettings settings(String sinks) throws Exception {
    List<String> sets =
        List.of(
            "furrow.sinks=" + sinks,
            "furrow.models=[pageview_geo_summary,daily_events]",
            "furrow.postgres.url=jdbc:postgresql://127.0.0.1:" + closedPort() + "/furrow",
            "furrow.postgres.password=" + PASSWORD,
            "furrow.parquet.path=" + dir.resolve("out"),
            "furrow.bad-rows.path=" + dir.resolve("bad"),
            "furrow.manifest.path=" + dir.resolve("manifest"));
    return new SettingsLoader(BuiltInModels.names())
        .load(Optional.empty(), sets, new Properties())
        .withSourcePath(dir.resolve("source"));
  }

  /** A local port that was free a moment ago, so a connection to it is refused. */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Injector injector(FurrowSettings settings, ResourceCloser closer) {
    List<Module> modules = new ArrayList<>(FurrowModules.forSettings(settings));
    modules.add(new JobModule(JobListener.silent(), closer));
    return Guice.createInjector(modules);
  }

  @Test
  void bothSinks_areBoundInConfiguredOrder_andTheJobIsBuiltWithoutConnecting() throws Exception {
    try (ResourceCloser closer = new ResourceCloser()) {
      Injector injector = injector(settings("[postgres,parquet]"), closer);

      List<String> names =
          injector.getInstance(Key.get(new TypeLiteral<Set<Sink>>() {})).stream()
              .map(Sink::name)
              .toList();

      assertEquals(List.of("postgres", "parquet"), names);
      assertDoesNotThrow(() -> injector.getInstance(RunJob.class));
    }
  }

  @Test
  void parquetOnly_hasNoStartupCheck() throws Exception {
    try (ResourceCloser closer = new ResourceCloser()) {
      Injector injector = injector(settings("[parquet]"), closer);

      assertEquals(
          Set.of(), injector.getInstance(Key.get(new TypeLiteral<Set<StartupCheck>>() {})));
    }
  }

  @Test
  void checkAdapters_failsEarlyWhenTheServerIsUnreachable_withoutShowingThePassword()
      throws Exception {
    try (FurrowApp app = FurrowApp.create(settings("[parquet,postgres]"), JobListener.silent())) {
      PostgresSinkException failure = assertThrows(PostgresSinkException.class, app::checkAdapters);

      assertTrue(
          failure.getMessage().contains("Cannot connect to PostgreSQL at"), failure.getMessage());
      for (Throwable t = failure; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t).contains(PASSWORD), String.valueOf(t));
      }
    }
  }
}
