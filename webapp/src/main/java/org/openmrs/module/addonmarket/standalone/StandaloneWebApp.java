package org.openmrs.module.addonmarket.standalone;

import java.util.EnumSet;
import java.util.Set;

import javax.servlet.DispatcherType;
import javax.servlet.ServletContainerInitializer;
import javax.servlet.ServletContext;
import javax.servlet.ServletRegistration;
import javax.servlet.SessionTrackingMode;

import org.springframework.web.context.ContextLoaderListener;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The web application inside embedded Tomcat, as a {@code web.xml} would declare it: one Spring context, started by
 * the listener as the root context and also used by the {@code /ws} dispatcher; the web UI at {@code /}
 * ({@link UiServlet}); Spring Security's filter chain in front of everything; sessions tracked by cookie only (never
 * a session id in a URL).
 */
final class StandaloneWebApp implements ServletContainerInitializer {

	/** The bean name under which {@code @EnableWebSecurity} registers the filter chain. */
	static final String SECURITY_FILTER = "springSecurityFilterChain";

	private final WebApplicationContext context;

	StandaloneWebApp(WebApplicationContext context) {
		this.context = context;
	}

	@Override
	public void onStartup(Set<Class<?>> classes, ServletContext servletContext) {
		servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
		servletContext.addListener(new ContextLoaderListener(context));
		servletContext.addFilter(SECURITY_FILTER, new DelegatingFilterProxy(SECURITY_FILTER))
		        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");
		DispatcherServlet dispatcher = new DispatcherServlet(context);
		dispatcher.setThrowExceptionIfNoHandlerFound(true);
		ServletRegistration.Dynamic ws = servletContext.addServlet("ws", dispatcher);
		ws.setLoadOnStartup(1);
		ws.addMapping("/ws/*");
		// Everything outside /ws is the web UI; POST /login and /logout are answered by the security filters in front
		// of it (they need a servlet behind them to run at all).
		ServletRegistration.Dynamic ui = servletContext.addServlet("ui", new UiServlet());
		ui.setLoadOnStartup(1);
		ui.addMapping("/");
	}
}
