package dev.factx.robust;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/** Lets {@code -Dfactx.fuzz.tries=N} (and {@code -Dfactx.fuzz.seed=S}) override a property's. */
public final class TriesFromSystemProperty implements AroundPropertyHook {
  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    Integer tries = Integer.getInteger("factx.fuzz.tries");
    if (tries != null) {
      context.attributes().setTries(tries);
    }
    String seed = System.getProperty("factx.fuzz.seed");
    if (seed != null) {
      context.attributes().setSeed(seed);
    }
    return property.execute();
  }
}
