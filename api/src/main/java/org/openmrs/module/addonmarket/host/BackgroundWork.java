package org.openmrs.module.addonmarket.host;

import org.springframework.context.SmartLifecycle;

/**
 * A part of the module that works on threads of its own (the trigger dispatcher, the scheduler, the grant expiry
 * sweeper). Spring starts and stops them with the context; a host that stops the module without closing the
 * context (the OpenMRS activator's {@code willStop}) finds them by this type and stops each: after {@link #stop()}
 * the part starts no new work and has finished or cancelled what it was doing.
 */
public interface BackgroundWork extends SmartLifecycle {
}
