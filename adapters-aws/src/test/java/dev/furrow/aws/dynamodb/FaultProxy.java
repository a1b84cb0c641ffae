package dev.furrow.aws.dynamodb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: an HTTP proxy on a loopback port in front of the DynamoDB test server that injects
 * the faults a real service shows: throttling answered instead of the request, or an internal error
 * answered after the request was carried out (the answer is lost). Faults are queued and applied to
 * the next requests in order; with none queued, requests pass through.
 */
final class FaultProxy implements AutoCloseable {

  enum Fault {
    /** 400 ThrottlingException; the request never reaches the server. */
    THROTTLE,
    /** The request is carried out, then answered with 500 InternalServerError. */
    LOSE_ANSWER,
    /** 400 AccessDeniedException, as IAM answers; the request never reaches the server. */
    DENY
  }

  private static final Set<String> HOP_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI target;
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final AtomicInteger requests = new AtomicInteger();

  FaultProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues {@code fault} for the next {@code times} requests after those already queued. */
  void inject(Fault fault, int times) {
    for (int i = 0; i < times; i++) {
      faults.add(fault);
    }
  }

  /** Requests received so far. */
  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Fault fault = faults.poll();
    if (fault == Fault.THROTTLE) {
      error(
          exchange, 400, "ThrottlingException", "Rate of requests exceeds the allowed throughput.");
      return;
    }
    if (fault == Fault.DENY) {
      error(
          exchange, 400, "AccessDeniedException", "User is not authorized to perform this action");
      return;
    }
    HttpResponse<byte[]> response;
    try {
      response = forward(exchange, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error(exchange, 500, "InternalServerError", "proxy interrupted");
      return;
    }
    if (fault == Fault.LOSE_ANSWER) {
      error(exchange, 500, "InternalServerError", "Internal server error");
      return;
    }
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      if (!HOP_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        exchange.getResponseHeaders().put(header.getKey(), header.getValue());
      }
    }
    send(exchange, response.statusCode(), response.body());
  }

  private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
              }
            });
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
    String json =
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
            + code
            + "\",\"message\":\""
            + message
            + "\"}";
    send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
