package org.openmrs.module.addonmarket.runtime.background;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openmrs.module.addonmarket.catalog.manifest.Schedule;
import org.openmrs.module.addonmarket.catalog.manifest.Trigger;
import org.openmrs.module.addonmarket.runtime.impl.RunnableInstallations.Running;
import org.springframework.scheduling.support.CronExpression;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The triggers and schedules of the ACTIVE installations at one moment, immutable: what the dispatcher matches
 * clinical events against and what the scheduler runs, without reading the database per event.
 */
final class HandlerTable {

	/** The table of a module with no active installation. */
	static final HandlerTable EMPTY = new HandlerTable("", List.of());

	/**
	 * One trigger of one installation.
	 *
	 * @param installationUuid the installation
	 * @param addonId its add-on
	 * @param addonVersion the version it runs
	 * @param trigger the manifest's trigger
	 */
	record ArmedTrigger(String installationUuid, String addonId, String addonVersion, Trigger trigger) {
	}

	/**
	 * One schedule of one installation.
	 *
	 * @param installationUuid the installation
	 * @param addonId its add-on
	 * @param addonVersion the version it runs
	 * @param handler the function it runs
	 * @param cron when
	 */
	record ArmedSchedule(String installationUuid, String addonId, String addonVersion, String handler,
	        CronExpression cron) {
	}

	private final String stamp;

	private final Map<String, List<ArmedTrigger>> triggersByEvent;

	private final List<ArmedSchedule> schedules;

	/**
	 * @param stamp the installations' change stamp the table was built at
	 * @param running the ACTIVE installations
	 */
	HandlerTable(String stamp, List<Running> running) {
		this.stamp = stamp;
		Map<String, List<ArmedTrigger>> triggers = new HashMap<>();
		List<ArmedSchedule> armed = new ArrayList<>();
		for (Running installation : running) {
			String addonId = installation.manifest().id();
			for (Trigger trigger : installation.manifest().triggers()) {
				triggers.computeIfAbsent(trigger.event().wireName(), e -> new ArrayList<>())
				        .add(new ArmedTrigger(installation.installationUuid(), addonId,
				            installation.addonVersion(), trigger));
			}
			for (Schedule schedule : installation.manifest().schedules()) {
				armed.add(new ArmedSchedule(installation.installationUuid(), addonId,
				        installation.addonVersion(), schedule.handler(), CronExpression.parse(schedule.cron())));
			}
		}
		triggers.replaceAll((event, list) -> List.copyOf(list));
		this.triggersByEvent = Collections.unmodifiableMap(triggers);
		this.schedules = List.copyOf(armed);
	}

	String stamp() {
		return stamp;
	}

	/**
	 * @param eventType e.g. {@code Observation.created}
	 * @param resource the event's resource
	 * @return the triggers that fire for it, at most one per installation and handler
	 */
	List<ArmedTrigger> matching(String eventType, JsonNode resource) {
		List<ArmedTrigger> fired = new ArrayList<>();
		for (ArmedTrigger armed : triggersByEvent.getOrDefault(eventType, List.of())) {
			boolean already = fired.stream().anyMatch(f -> f.installationUuid().equals(armed.installationUuid())
			        && f.trigger().handler().equals(armed.trigger().handler()));
			if (!already && TriggerFilter.matches(armed.trigger(), eventType, resource)) {
				fired.add(armed);
			}
		}
		return fired;
	}

	List<ArmedSchedule> schedules() {
		return schedules;
	}
}
