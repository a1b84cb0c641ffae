package dev.furrow.sinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FileSinkSettingsTest {

  @Test
  void toString_namesTheHadoopProperties_butNeverShowsTheirValues() {
    FileSinkSettings settings =
        FileSinkSettings.at("s3a://bucket/out")
            .withHadoopProperties(
                Map.of("fs.s3a.secret.key", "s3cr3t-value", "fs.s3a.access.key", "AKIAEXAMPLE"));

    String shown = settings.toString();

    assertTrue(shown.contains("fs.s3a.secret.key"), shown);
    assertTrue(shown.contains("s3a://bucket/out"), shown);
    assertFalse(shown.contains("s3cr3t-value"), shown);
    assertFalse(shown.contains("AKIAEXAMPLE"), shown);
  }

  @Test
  void defaults_are256MiBFilesOf64MiBRowGroups() {
    FileSinkSettings settings = FileSinkSettings.at("/data/out");

    assertEquals(256L << 20, settings.targetFileBytes());
    assertEquals(64 << 20, settings.rowGroupBytes());
    assertEquals(Map.of(), settings.hadoopProperties());
  }

  @Test
  void blankRootOrNonPositiveSizes_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> FileSinkSettings.at(" "));
    assertThrows(
        IllegalArgumentException.class, () -> FileSinkSettings.at("/x").withSizes(0, 1 << 20));
    assertThrows(
        IllegalArgumentException.class, () -> FileSinkSettings.at("/x").withSizes(1 << 20, 0));
  }
}
