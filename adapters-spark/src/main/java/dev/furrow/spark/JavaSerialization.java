package dev.furrow.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Codec: Java serialisation of model values (inputs, buffers and results of aggregators), resolving
 * classes through the thread's context class loader as Spark executors require.
 */
final class JavaSerialization {

  private JavaSerialization() {}

  /** The serialised form of {@code value} (which may be null). */
  static byte[] serialize(Object value, Supplier<String> what) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    write(value, bytes, what);
    return bytes.toByteArray();
  }

  /**
   * Serialises {@code value} into nothing, only to prove it can be shipped.
   *
   * @throws IllegalArgumentException naming {@code what} and the class that is not serialisable
   */
  static void checkSerializable(Object value, Supplier<String> what) {
    try {
      write(value, OutputStream.nullOutputStream(), what);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e.getCause());
    }
  }

  private static void write(Object value, OutputStream target, Supplier<String> what) {
    try (ObjectOutputStream out = new ObjectOutputStream(target)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot serialise "
              + what.get()
              + " ("
              + e
              + "): everything a model holds, and every value its lambdas capture, must be"
              + " java.io.Serializable so Spark can ship it to executors",
          e);
    }
  }

  /** The value serialised in {@code bytes}. */
  static Object deserialize(byte[] bytes, Supplier<String> what) {
    try (ObjectInputStream in = new ContextObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("Cannot deserialise " + what.get() + ": " + e, e);
    }
  }

  /** Resolves classes with the context class loader (the application's jars on an executor). */
  private static final class ContextObjectInputStream extends ObjectInputStream {
    ContextObjectInputStream(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader != null) {
        try {
          return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
          // fall through to the default resolution
        }
      }
      return super.resolveClass(desc);
    }
  }
}
