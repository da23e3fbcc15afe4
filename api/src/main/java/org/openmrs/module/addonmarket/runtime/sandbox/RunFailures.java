package org.openmrs.module.addonmarket.runtime.sandbox;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.runtime.InvocationError;

/**
 * Says, in words an installation's owner understands, why a run that ended with an exception from the engine failed:
 * a limit (which one, and the setting that sets it), the add-on's own error with where it was thrown, or the engine.
 */
final class RunFailures {

	private RunFailures() {
	}

	/**
	 * @param e what the engine threw
	 * @param guard the run's watchdog guard: whether the watchdog stopped it, and why
	 * @param bridge the run's bridge: whether a call hit a limit
	 * @param limits the run's limits
	 * @return the run's error
	 */
	static InvocationError classify(PolyglotException e, RunGuard guard, GuestBridge bridge, SandboxLimits limits) {
		if (bridge.limitHit() != null) {
			return InvocationError.of(bridge.limitHit());
		}
		Watchdog.StopReason stopped = guard.stopped();
		if (stopped == Watchdog.StopReason.TIMEOUT) {
			return InvocationError.of(ErrorCode.RUNTIME_TIMEOUT,
			    "stopped after " + limits.timeoutMillis() + " ms (addonmarket.runtime.timeoutMillis)");
		}
		if (stopped == Watchdog.StopReason.MEMORY || e.isResourceExhausted() && !isStatementLimit(e)) {
			return InvocationError.of(ErrorCode.RUNTIME_MEMORY_LIMIT, "stopped after allocating more than "
			        + limits.maxAllocatedBytes() + " bytes (addonmarket.runtime.maxAllocatedBytes)");
		}
		if (isStatementLimit(e)) {
			return InvocationError.of(ErrorCode.RUNTIME_STATEMENT_LIMIT,
			    "stopped after " + limits.maxStatements() + " statements (addonmarket.runtime.maxStatements)");
		}
		if (e.isSyntaxError()) {
			return InvocationError.of(ErrorCode.RUNTIME_SCRIPT_SYNTAX, e.getMessage() + where(e));
		}
		if (e.isHostException()) {
			return InvocationError.of(ErrorCode.RUNTIME_HOST_FAILED,
			    "the EHR failed while answering the add-on: " + e.asHostException());
		}
		if (e.isInternalError() || e.isCancelled()) {
			return InvocationError.of(ErrorCode.RUNTIME_ENGINE_FAILED, "the JavaScript engine failed: " + e.getMessage());
		}
		return InvocationError.of(ErrorCode.RUNTIME_SCRIPT_ERROR, e.getMessage() + where(e));
	}

	/** @return whether the engine stopped the run at the statement limit */
	static boolean isStatementLimit(PolyglotException e) {
		return e.isResourceExhausted() && e.getMessage() != null && e.getMessage().startsWith("Statement count limit");
	}

	private static String where(PolyglotException e) {
		SourceSection at = e.getSourceLocation();
		if (at == null || at.getSource() == null) {
			return "";
		}
		return " (" + at.getSource().getName() + ":" + at.getStartLine() + ")";
	}
}
