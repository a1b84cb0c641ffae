package dev.furrow.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.furrow.aws.AwsClients;
import dev.furrow.aws.AwsSettings;
import dev.furrow.aws.s3.ListingOptions;
import dev.furrow.aws.s3.S3EventSource;
import dev.furrow.aws.s3.S3Location;
import dev.furrow.domain.run.EventSource;
import dev.furrow.domain.run.RunPattern;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Wiring: run folders under an S3 prefix, listed with the AWS SDK (Spark reads them through S3A).
 * The S3 client is created when first needed, with credentials from the AWS default provider chain,
 * and closed when the command ends. Binding connects to nothing.
 */
public final class S3SourceModule extends AbstractModule {

  private final AwsSettings aws;
  private final S3Location root;
  private final RunPattern pattern;
  private final ListingOptions listing;

  public S3SourceModule(
      AwsSettings aws, S3Location root, RunPattern pattern, ListingOptions listing) {
    this.aws = Objects.requireNonNull(aws, "aws");
    this.root = Objects.requireNonNull(root, "root");
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.listing = Objects.requireNonNull(listing, "listing");
  }

  @Provides
  @Singleton
  S3Client s3Client(ResourceCloser closer) {
    S3Client client = AwsClients.s3(aws);
    closer.register("S3 client", client);
    return client;
  }

  @Provides
  @Singleton
  EventSource eventSource(S3Client s3) {
    return new S3EventSource(s3, root, pattern, listing);
  }
}
