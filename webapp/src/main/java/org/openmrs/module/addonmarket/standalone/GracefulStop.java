package org.openmrs.module.addonmarket.standalone;

import java.time.Duration;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardWrapper;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first half of a graceful stop: the connector stops accepting connections, and the requests already being
 * served are given time to finish. A request is in progress while its servlet is allocated to it (as Spring Boot's
 * graceful shutdown for Tomcat counts them).
 */
final class GracefulStop {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	private static final long POLL_MILLIS = 50;

	private final Tomcat tomcat;

	private final Duration grace;

	GracefulStop(Tomcat tomcat, Duration grace) {
		this.tomcat = tomcat;
		this.grace = grace;
	}

	/** @return whether every request in progress finished within the grace period */
	boolean drain() {
		Connector connector = tomcat.getConnector();
		connector.pause();
		connector.getProtocolHandler().closeServerSocketGraceful();
		int inProgress = inProgress();
		log.info("Accepting no new requests; waiting up to {} s for {} in progress", grace.toSeconds(), inProgress);
		long deadline = System.nanoTime() + grace.toNanos();
		while (inProgress > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			inProgress = inProgress();
		}
		if (inProgress > 0) {
			log.warn("{} request(s) still in progress after {} s; stopping anyway", inProgress, grace.toSeconds());
			return false;
		}
		log.info("No request in progress");
		return true;
	}

	private int inProgress() {
		int count = 0;
		for (Container context : tomcat.getHost().findChildren()) {
			if (context instanceof StandardContext web) {
				count += (int) web.getInProgressAsyncCount();
			}
			for (Container servlet : context.findChildren()) {
				if (servlet instanceof StandardWrapper wrapper) {
					count += wrapper.getCountAllocated();
				}
			}
		}
		return count;
	}
}
