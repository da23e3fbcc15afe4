package org.openmrs.module.addonmarket.runtime.sandbox;

import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.Setting;

/**
 * The limits of one run of an add-on, as the settings stand when it starts.
 *
 * @param maxStatements statements it may execute ({@code addonmarket.runtime.maxStatements})
 * @param timeoutMillis how long it may take ({@code addonmarket.runtime.timeoutMillis})
 * @param maxResultBytes the largest JSON that may cross between it and the EHR at once
 *            ({@code addonmarket.runtime.maxResultBytes})
 * @param maxLogLines lines it may log ({@code addonmarket.runtime.maxLogLines})
 * @param maxEgressResponseBytes the largest response it may receive from outside
 *            ({@code addonmarket.runtime.maxEgressResponseBytes})
 * @param maxAllocatedBytes memory it may allocate, 0 for no check ({@code addonmarket.runtime.maxAllocatedBytes})
 */
public record SandboxLimits(long maxStatements, long timeoutMillis, long maxResultBytes, long maxLogLines,
        long maxEgressResponseBytes, long maxAllocatedBytes) {

	public SandboxLimits {
		maxStatements = Math.max(1, maxStatements);
		timeoutMillis = Math.max(1, timeoutMillis);
		maxResultBytes = Math.max(1, maxResultBytes);
		maxLogLines = Math.max(0, maxLogLines);
		maxEgressResponseBytes = Math.max(0, maxEgressResponseBytes);
		maxAllocatedBytes = Math.max(0, maxAllocatedBytes);
	}

	/** @return the limits the settings set now, defaults where none is set */
	public static SandboxLimits from(HostSettings settings) {
		return new SandboxLimits(Setting.RUNTIME_MAX_STATEMENTS.longValue(settings),
		        Setting.RUNTIME_TIMEOUT_MILLIS.longValue(settings), Setting.RUNTIME_MAX_RESULT_BYTES.longValue(settings),
		        Setting.RUNTIME_MAX_LOG_LINES.longValue(settings),
		        Setting.RUNTIME_MAX_EGRESS_RESPONSE_BYTES.longValue(settings),
		        Setting.RUNTIME_MAX_ALLOCATED_BYTES.longValue(settings));
	}
}
