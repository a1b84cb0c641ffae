package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsSettings;
import dev.furrow.aws.dynamodb.DynamoDbRunManifest;
import dev.furrow.domain.run.RunManifest;
import jakarta.inject.Inject;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Wiring: the run manifest in a DynamoDB table (compatible with the Snowplow SDK's run manifest
 * tables). The DynamoDB client is created when first needed, with credentials from the AWS default
 * provider chain, and closed when the command ends. With {@code createTable}, a start-up check
 * creates the table when it is missing; binding itself connects to nothing.
 */
public final class DynamoDbManifestModule extends AbstractModule {

  private final AwsSettings aws;
  private final String table;
  private final String runKeyPrefix;
  private final boolean createTable;

  /**
   * @param table the table name
   * @param runKeyPrefix the S3 key prefix of the run folders in the table's {@code RunId} keys:
   *     empty or ending with {@code /}
   * @param createTable whether {@link FurrowApp#checkAdapters()} creates a missing table
   */
  public DynamoDbManifestModule(
      AwsSettings aws, String table, String runKeyPrefix, boolean createTable) {
    this.aws = Objects.requireNonNull(aws, "aws");
    this.table = Objects.requireNonNull(table, "table");
    this.runKeyPrefix = Objects.requireNonNull(runKeyPrefix, "runKeyPrefix");
    this.createTable = createTable;
  }

  @Override
  protected void configure() {
    Multibinder<StartupCheck> checks = Multibinder.newSetBinder(binder(), StartupCheck.class);
    if (createTable) {
      checks.addBinding().to(CreateTableIfMissing.class);
    }
  }

  @Provides
  @Singleton
  DynamoDbClient dynamoDbClient(ResourceCloser closer) {
    DynamoDbClient client = AwsClients.dynamoDb(aws);
    closer.register("DynamoDB client", client);
    return client;
  }

  @Provides
  @Singleton
  DynamoDbRunManifest dynamoDbRunManifest(DynamoDbClient dynamo) {
    return new DynamoDbRunManifest(dynamo, table, runKeyPrefix);
  }

  @Provides
  RunManifest runManifest(DynamoDbRunManifest manifest) {
    return manifest;
  }

  /** The start-up check that creates the manifest table (on-demand billing) unless it exists. */
  static final class CreateTableIfMissing implements StartupCheck {

    private final DynamoDbRunManifest manifest;

    @Inject
    CreateTableIfMissing(DynamoDbRunManifest manifest) {
      this.manifest = manifest;
    }

    @Override
    public void run() {
      manifest.createTableIfMissing();
    }
  }
}
