package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The examples print their results and nothing else: the libraries that log through SLF4J (jollyday,
 * Kafka) find the quiet provider the examples ship, instead of SLF4J printing three lines about a
 * missing one before the first result (which it does when an older SLF4J API, such as the 1.7 that
 * kafka-clients brings, wins on the class path: it does not see a 2.x provider).
 */
class QuietLoggingTest {
  @Test
  void slf4jFindsExactlyOneProvider() throws ClassNotFoundException {
    Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider"); // in the 2.x API only
    long providers = ServiceLoader.load(provider).stream().count();
    assertEquals(1, providers, "one SLF4J provider (slf4j-nop) on the examples' class path");
  }
}
