package dev.furrow.aws.dynamodb;

import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsServersExtension;
import dev.furrow.aws.TestServers;
import dev.furrow.domain.run.RunManifest;
import dev.furrow.domain.run.RunManifestContract;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The manifest contract against DynamoDB (dynalite), each test on a table of its own. */
@ExtendWith(AwsServersExtension.class)
class DynamoDbRunManifestIT extends RunManifestContract {

  private static DynamoDbClient dynamo;

  @BeforeAll
  static void connect() {
    dynamo = AwsClients.dynamoDb(TestServers.dynamoDbSettings());
  }

  @AfterAll
  static void disconnect() {
    dynamo.close();
  }

  static String freshTable() {
    return "furrow-it-" + UUID.randomUUID();
  }

  @Override
  protected RunManifest newManifest(Clock clock) {
    DynamoDbRunManifest manifest =
        new DynamoDbRunManifest(dynamo, freshTable(), "enriched/good/", clock);
    manifest.createTableIfMissing();
    return manifest;
  }
}
