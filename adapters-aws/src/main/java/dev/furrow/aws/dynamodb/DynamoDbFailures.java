package dev.furrow.aws.dynamodb;

import dev.furrow.aws.AwsRequestException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** Turns SDK exceptions (after the SDK's retries) into messages that name the table and the fix. */
final class DynamoDbFailures {

  private static final Set<String> ACCESS =
      Set.of(
          "AccessDeniedException",
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "MissingAuthenticationTokenException",
          "ExpiredTokenException");
  private static final Set<String> THROTTLING =
      Set.of(
          "ThrottlingException",
          "ProvisionedThroughputExceededException",
          "RequestLimitExceeded",
          "LimitExceededException");

  private DynamoDbFailures() {}

  static AwsRequestException translate(SdkException e, String table, String action) {
    String where = "DynamoDB run manifest table '" + table + "'";
    if (e instanceof ResourceNotFoundException) {
      return new AwsRequestException(
          where
              + " does not exist (or is not active) in the configured region and endpoint."
              + " Create it (hash key RunId, type S), or let Furrow create it with"
              + " furrow.manifest.create-table = true",
          e);
    }
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      String code = String.valueOf(service.awsErrorDetails().errorCode());
      if (ACCESS.contains(code) || service.statusCode() == 403) {
        return new AwsRequestException(
            "Access to "
                + where
                + " denied while trying to "
                + action
                + " ("
                + code
                + "): "
                + service.awsErrorDetails().errorMessage()
                + ". Furrow needs dynamodb:GetItem, dynamodb:UpdateItem and dynamodb:Scan on the"
                + " table (and dynamodb:CreateTable, dynamodb:DescribeTable to create it)",
            e);
      }
      if (THROTTLING.contains(code)) {
        return new AwsRequestException(
            where
                + " kept throttling the request to "
                + action
                + " after all retries ("
                + code
                + "): "
                + service.awsErrorDetails().errorMessage(),
            e);
      }
    }
    return new AwsRequestException("Cannot " + action + " in " + where + ": " + e.getMessage(), e);
  }
}
