package org.openmrs.module.addonmarket.runtime.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.After;
import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.ModuleClock;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.openmrs.module.addonmarket.install.Installation;
import org.openmrs.module.addonmarket.install.InstallationService;
import org.openmrs.module.addonmarket.runtime.AddonRuntime;
import org.openmrs.module.addonmarket.runtime.Invocation;
import org.openmrs.module.addonmarket.runtime.InvocationKind;
import org.openmrs.module.addonmarket.runtime.ScheduleClaim;
import org.openmrs.module.addonmarket.runtime.background.HandlerTable.ArmedSchedule;
import org.openmrs.module.addonmarket.runtime.dao.ScheduleClaimDao;
import org.openmrs.module.addonmarket.test.PersistenceTest;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedules on H2, PostgreSQL and MariaDB: two schedulers on one database (two servers) run each tick once, with
 * clocks the test sets rather than real minutes.
 */
public class ScheduleRunnerTest extends PersistenceTest {

	private static final String SCRIPT = "function trend(ctx) { return {}; }\n"
	        + "function everyMinute(ctx) { return { user: ctx.user, patient: ctx.patient }; }\n";

	private Installation installed;

	@After
	public void suspend() {
		if (installed != null) {
			identity().signIn("admin", Privileges.MANAGE_ADDONS, Privileges.BROWSE_ADDONS);
			bean(InstallationService.class).suspend(installed.getUuid(), "test over");
		}
	}

	@Test
	public void twoSchedulers_shouldRunATickOnceBetweenThem() throws Exception {
		BackgroundFixture fixture = new BackgroundFixture(context(), identity());
		installed = fixture.activeWith(SCRIPT, t -> {
		}, s -> s.addObject().put("cron", "0 * * * * *").put("handler", "everyMinute"));
		Instant beforeTick = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES)
		        .minusSeconds(20);
		ModuleClock clockA = clockAt(beforeTick);
		ModuleClock clockB = clockAt(beforeTick);
		ScheduleRunner serverA = scheduler(clockA);
		ScheduleRunner serverB = scheduler(clockB);
		serverA.tick();
		serverB.tick();
		clockA.use(Clock.fixed(beforeTick.plusSeconds(25), ZoneOffset.UTC));
		clockB.use(Clock.fixed(beforeTick.plusSeconds(26), ZoneOffset.UTC));

		CountDownLatch go = new CountDownLatch(1);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> tickAfter(go, serverA));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> tickAfter(go, serverB));
		go.countDown();

		assertThat(a.get() + b.get()).as("ticks handed to the pools").isEqualTo(2);
		assertThat(bean(BackgroundRuns.class).awaitIdle(Duration.ofSeconds(30))).isTrue();
		List<Invocation> runs = fixture.runs(installed);
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).getKind()).isEqualTo(InvocationKind.SCHEDULE);
		assertThat(runs.get(0).getHandler()).isEqualTo("everyMinute");
		assertThat(runs.get(0).getUserUuid()).isNull();
		List<ScheduleClaim> claims = new TransactionTemplate(bean(PlatformTransactionManager.class))
		        .execute(status -> bean(ScheduleClaimDao.class).find(installed.getUuid(), "everyMinute"));
		assertThat(claims).hasSize(1);
		assertThat(claims.get(0).getTickAt()).isEqualTo(beforeTick.plusSeconds(20));
		assertThat(claims.get(0).getClaimedBy()).isIn(serverA.node(), serverB.node());
	}

	@Test
	public void latestTick_shouldRunOnlyTheLatestOfTheTicksMissed() {
		ArmedSchedule hourly = new ArmedSchedule("i", "a", "1.0.0", "h", CronExpression.parse("0 0 * * * *"));
		Instant from = Instant.parse("2026-11-29T08:30:00Z");

		Instant latest = ScheduleRunner.latestTick(hourly, from, from.plus(Duration.ofHours(5)));
		Instant none = ScheduleRunner.latestTick(hourly, from, from.plus(Duration.ofMinutes(20)));

		assertThat(latest.atZone(ZoneId.systemDefault()).getMinute()).isZero();
		assertThat(Duration.between(latest, from.plus(Duration.ofHours(5))).toMinutes()).isLessThan(60);
		assertThat(none).isNull();
	}

	private ScheduleRunner scheduler(ModuleClock clock) {
		return new ScheduleRunner(bean(ActiveHandlers.class), bean(BackgroundRuns.class), bean(DroppedRuns.class),
		        bean(AddonRuntime.class), bean(ScheduleClaimDao.class), SystemRunner.direct(), clock,
		        bean(HostSettings.class), bean(PlatformTransactionManager.class));
	}

	private static ModuleClock clockAt(Instant at) {
		ModuleClock clock = new ModuleClock();
		clock.use(Clock.fixed(at, ZoneOffset.UTC));
		return clock;
	}

	private static int tickAfter(CountDownLatch go, ScheduleRunner scheduler) {
		try {
			go.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return scheduler.tick();
	}
}
