package org.openmrs.module.addonmarket.openmrs;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.openmrs.api.context.Context;
import org.openmrs.module.addonmarket.host.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.AfterReturningAdvice;
import org.springframework.aop.MethodBeforeAdvice;
import org.springframework.aop.ThrowsAdvice;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AOP advice on one of the platform's save methods ({@code config.xml} declares it for the service), which raises a
 * {@code created} clinical event for a record that was new. "New" is decided before the call: the record had no
 * database id yet. After the call that cannot be told any more (the id is set, and an edited observation comes back
 * as a new row that replaces the old one), and an edit, a void or a re-save is not a creation. The decision is kept
 * per thread on a stack, which nested saves (an encounter saving its observations) keep in step, and which a failed
 * save leaves as it was ({@link #afterThrowing}).
 * <p>
 * The event's resource is translated right after the save, while its session is open, and handed to
 * {@link OpenmrsClinicalEvents}, which delivers it after the transaction commits. The platform makes this advice, not
 * Spring, so the events bean is found with {@code Context.getRegisteredComponents}. Nothing here may fail the
 * platform's save: a failure to raise the event is logged and the save goes on.
 *
 * @param <T> the record type the method saves
 */
abstract class SaveAdvice<T> implements MethodBeforeAdvice, AfterReturningAdvice, ThrowsAdvice {

	private static final Logger log = LoggerFactory.getLogger(SaveAdvice.class);

	private final ThreadLocal<Deque<Boolean>> wasNew = ThreadLocal.withInitial(ArrayDeque::new);

	private final String methodName;

	private final Class<T> type;

	private final String eventType;

	SaveAdvice(String methodName, Class<T> type, String eventType) {
		this.methodName = methodName;
		this.type = type;
		this.eventType = eventType;
	}

	/** @return the record's database id, null before its first save */
	abstract Integer idOf(T record);

	/** @return the record as FHIR R4 JSON */
	abstract ObjectNode resourceOf(T record);

	/** @return the uuid of the patient the record belongs to */
	abstract String patientOf(T record);

	@Override
	public void before(Method method, Object[] args, Object target) {
		if (isSave(method, args)) {
			wasNew.get().push(idOf(type.cast(args[0])) == null);
		}
	}

	@Override
	public void afterReturning(Object returnValue, Method method, Object[] args, Object target) {
		if (!isSave(method, args) || !popWasNew() || !type.isInstance(returnValue)) {
			return;
		}
		T saved = type.cast(returnValue);
		try {
			List<OpenmrsClinicalEvents> events = Context.getRegisteredComponents(OpenmrsClinicalEvents.class);
			if (events.isEmpty()) {
				log.debug("The module's context is not up; no {} event", eventType);
				return;
			}
			String user = new OpenmrsIdentity().currentUser().map(Actor::uuid).orElse(null);
			events.get(0).raiseAfterCommit(eventType, resourceOf(saved), patientOf(saved), user);
		}
		// The platform's save has succeeded; whatever went wrong here must not undo it.
		catch (Exception e) {
			log.warn("No {} event for {}: it could not be raised", eventType, saved, e);
		}
	}

	/**
	 * Called by Spring's throws advice when the save failed: forgets what {@link #before} noted.
	 *
	 * @param failure what the save threw; it goes on to the caller as it is
	 */
	public void afterThrowing(Method method, Object[] args, Object target, Throwable failure) {
		if (isSave(method, args)) {
			popWasNew();
		}
	}

	private boolean popWasNew() {
		Deque<Boolean> stack = wasNew.get();
		boolean result = !stack.isEmpty() && stack.pop();
		if (stack.isEmpty()) {
			wasNew.remove();
		}
		return result;
	}

	private boolean isSave(Method method, Object[] args) {
		return method.getName().equals(methodName) && args != null && args.length > 0 && type.isInstance(args[0]);
	}
}
