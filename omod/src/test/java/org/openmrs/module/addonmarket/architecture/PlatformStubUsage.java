package org.openmrs.module.addonmarket.architecture;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;

/**
 * Compares the members of the platform stand-ins with what the module's main code uses of them. A member is named
 * {@code owner.name(parameter types)} (a constructor's name is {@code <init>}, a field has no parentheses), with
 * the class that declares it as the owner, so a call through a subclass counts for the declaring stand-in.
 * <p>
 * What the module uses: every method call, constructor call (an implicit {@code super()} included), method
 * reference and field access of its main classes; and, for a main class that extends or implements a stand-in,
 * the callbacks the platform makes on it: every method of a stand-in interface it implements (the platform calls
 * them, e.g. {@code ModuleActivator.started()}), and the methods of a stand-in class it extends that implement such
 * an interface method or that it overrides (e.g. {@code BaseModuleActivator.willStart()}, inherited and called).
 * Only public and protected members count: nothing else of a stand-in is reachable from the module's packages; nor do
 * the {@code values()} and {@code valueOf(String)} that the compiler declares for every enum.
 */
final class PlatformStubUsage {

	private PlatformStubUsage() {
	}

	/**
	 * @param stubs the stand-in classes
	 * @return every public or protected member they declare
	 */
	static SortedSet<String> declaredMembers(Collection<Class<?>> stubs) {
		SortedSet<String> members = new TreeSet<>();
		for (Class<?> stub : stubs) {
			for (Method method : stub.getDeclaredMethods()) {
				if (isReachable(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
				        && !isImplicitEnumMethod(stub, method)) {
					members.add(member(stub.getName(), method.getName(), names(method.getParameterTypes())));
				}
			}
			for (Constructor<?> constructor : stub.getDeclaredConstructors()) {
				if (isReachable(constructor.getModifiers()) && !constructor.isSynthetic()) {
					members.add(member(stub.getName(), "<init>", names(constructor.getParameterTypes())));
				}
			}
			for (Field field : stub.getDeclaredFields()) {
				if (isReachable(field.getModifiers()) && !field.isSynthetic()) {
					members.add(stub.getName() + "." + field.getName());
				}
			}
		}
		return members;
	}

	/**
	 * @param mainClasses the module's main classes
	 * @param stubs the stand-in classes
	 * @return the members the main classes use, of stand-ins and of anything else they call
	 */
	static SortedSet<String> usedMembers(Iterable<JavaClass> mainClasses, Collection<Class<?>> stubs) {
		Map<String, Class<?>> stubsByName = stubs.stream().collect(Collectors.toMap(Class::getName, Function.identity()));
		SortedSet<String> used = new TreeSet<>();
		for (JavaClass mainClass : mainClasses) {
			for (JavaAccess<?> access : mainClass.getAccessesFromSelf()) {
				used.add(member(access.getTarget()));
			}
			used.addAll(platformCallbacks(mainClass, stubsByName));
		}
		return used;
	}

	/**
	 * @param declared the stand-ins' members
	 * @param used the members the main code uses
	 * @return the stand-ins' members no main code uses: each is one to delete
	 */
	static SortedSet<String> unused(Set<String> declared, Set<String> used) {
		SortedSet<String> unused = new TreeSet<>(declared);
		unused.removeAll(used);
		return unused;
	}

	/**
	 * @param mainClasses the module's main classes
	 * @param stubs the stand-in classes
	 * @param used the members the main code uses
	 * @return the stand-ins that no main class names (as the type it calls a member through, a type of its own
	 *         members, a caught exception or a supertype) and that no used stand-in method names in its signature
	 *         (e.g. the element type of a {@code List} parameter)
	 */
	static SortedSet<String> unusedClasses(Iterable<JavaClass> mainClasses, Collection<Class<?>> stubs,
	        Set<String> used) {
		SortedSet<String> unused = stubs.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
		used.forEach(member -> unused.remove(ownerOf(member)));
		for (JavaClass mainClass : mainClasses) {
			mainClass.getAllClassesSelfIsAssignableTo().forEach(type -> unused.remove(type.getName()));
			mainClass.getDirectDependenciesFromSelf().forEach(d -> unused.remove(d.getTargetClass().getName()));
			mainClass.getAccessesFromSelf().forEach(a -> unused.remove(a.getTargetOwner().getName()));
		}
		for (Class<?> stub : stubs) {
			for (Method method : stub.getDeclaredMethods()) {
				if (used.contains(member(stub.getName(), method.getName(), names(method.getParameterTypes())))) {
					typesIn(method.getGenericReturnType()).forEach(unused::remove);
					Arrays.stream(method.getGenericParameterTypes()).flatMap(t -> typesIn(t).stream())
					        .forEach(unused::remove);
				}
			}
		}
		return unused;
	}

	private static List<String> typesIn(Type type) {
		if (type instanceof Class) {
			return List.of(((Class<?>) type).getName());
		}
		if (type instanceof ParameterizedType) {
			ParameterizedType parameterized = (ParameterizedType) type;
			List<String> names = new ArrayList<>(typesIn(parameterized.getRawType()));
			Arrays.stream(parameterized.getActualTypeArguments()).forEach(t -> names.addAll(typesIn(t)));
			return names;
		}
		return List.of();
	}

	private static Set<String> platformCallbacks(JavaClass mainClass, Map<String, Class<?>> stubsByName) {
		List<Class<?>> stubSupertypes = mainClass.getAllClassesSelfIsAssignableTo().stream()
		        .map(type -> stubsByName.get(type.getName())).filter(type -> type != null).collect(Collectors.toList());
		Set<String> calledByThePlatform = stubSupertypes.stream().filter(Class::isInterface)
		        .flatMap(type -> Arrays.stream(type.getDeclaredMethods())).map(PlatformStubUsage::signature)
		        .collect(Collectors.toSet());
		Set<String> overridden = mainClass.getAllMethods().stream()
		        .filter(method -> !stubsByName.containsKey(method.getOwner().getName())
		                && !method.getOwner().getName().startsWith("java."))
		        .map(PlatformStubUsage::signature).collect(Collectors.toSet());
		Set<String> callbacks = new TreeSet<>();
		for (Class<?> stub : stubSupertypes) {
			for (Method method : stub.getDeclaredMethods()) {
				String signature = signature(method);
				if (stub.isInterface() || calledByThePlatform.contains(signature) || overridden.contains(signature)) {
					callbacks.add(member(stub.getName(), method.getName(), names(method.getParameterTypes())));
				}
			}
		}
		return callbacks;
	}

	private static String member(AccessTarget target) {
		JavaMember resolved = target.resolveMember().orElse(null);
		if (resolved instanceof JavaCodeUnit) {
			JavaCodeUnit codeUnit = (JavaCodeUnit) resolved;
			return member(codeUnit.getOwner().getName(), codeUnit.getName(), rawNames(codeUnit.getRawParameterTypes()));
		}
		if (resolved != null) {
			return resolved.getOwner().getName() + "." + resolved.getName();
		}
		if (target instanceof CodeUnitAccessTarget) {
			List<JavaClass> parameters = ((CodeUnitAccessTarget) target).getRawParameterTypes();
			return member(target.getOwner().getName(), target.getName(), rawNames(parameters));
		}
		return target.getOwner().getName() + "." + target.getName();
	}

	static String member(String owner, String name, List<String> parameterTypes) {
		return owner + "." + name + "(" + String.join(",", parameterTypes) + ")";
	}

	static String ownerOf(String member) {
		int parenthesis = member.indexOf('(');
		String withoutParameters = parenthesis < 0 ? member : member.substring(0, parenthesis);
		return withoutParameters.substring(0, withoutParameters.lastIndexOf('.'));
	}

	private static String signature(Method method) {
		return method.getName() + "(" + String.join(",", names(method.getParameterTypes())) + ")";
	}

	private static String signature(JavaMethod method) {
		return method.getName() + "(" + String.join(",", rawNames(method.getRawParameterTypes())) + ")";
	}

	private static List<String> names(Class<?>[] types) {
		return Arrays.stream(types).map(Class::getName).collect(Collectors.toList());
	}

	private static List<String> rawNames(List<JavaClass> types) {
		return types.stream().map(JavaClass::getName).collect(Collectors.toList());
	}

	/**
	 * {@code values()} and {@code valueOf(String)} of an enum: the compiler declares them for every enum, the
	 * platform's included, so they are not members a stand-in chose to declare.
	 */
	private static boolean isImplicitEnumMethod(Class<?> stub, Method method) {
		boolean values = method.getName().equals("values") && method.getParameterCount() == 0;
		boolean valueOf = method.getName().equals("valueOf") && method.getParameterCount() == 1
		        && method.getParameterTypes()[0] == String.class;
		return stub.isEnum() && (values || valueOf);
	}

	private static boolean isReachable(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}
}
