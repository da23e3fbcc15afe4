package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import org.hibernate.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.dao.HibernatePublisherDao;
import org.openmrs.module.addonmarket.host.BackgroundWork;
import org.openmrs.module.addonmarket.host.ClinicalData;
import org.openmrs.module.addonmarket.host.ClinicalEvents;
import org.openmrs.module.addonmarket.host.HostIdentity;
import org.openmrs.module.addonmarket.host.HostSettings;
import org.openmrs.module.addonmarket.host.SystemRunner;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reads the bean definitions of {@code moduleApplicationContext.xml} as the platform does (without starting the
 * platform) and checks what the module's part of the OpenMRS context holds.
 */
public class ModuleApplicationContextTest {

	private static final List<Class<?>> HOST_PORTS = List.of(HostIdentity.class, HostSettings.class,
	    ClinicalData.class, ClinicalEvents.class, SystemRunner.class);

	private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

	@Before
	public void readTheModulesContext() {
		new XmlBeanDefinitionReader(beans).loadBeanDefinitions(new ClassPathResource("moduleApplicationContext.xml"));
	}

	@Test
	public void everyHostPort_shouldHaveExactlyOneImplementationFromTheOpenmrsPackage() {
		for (Class<?> port : HOST_PORTS) {
			String[] names = beans.getBeanNamesForType(port, true, false);

			assertThat(names).as("beans of " + port.getSimpleName()).hasSize(1);
			assertThat(beans.getType(names[0]).getPackageName()).as(port.getSimpleName())
			        .isEqualTo("org.openmrs.module.addonmarket.openmrs");
		}
	}

	@Test
	public void theClinicalEvents_shouldBeBackgroundWorkThatTheActivatorStops() {
		assertThat(Arrays.stream(beans.getBeanNamesForType(BackgroundWork.class, true, false)).map(beans::getType))
		        .contains(OpenmrsClinicalEvents.class);
	}

	@Test
	public void theDaosAndAdapters_shouldTakeThePlatformsSessionFactoryAndTransactionManagerByTheirNames()
	        throws ReflectiveOperationException {
		SessionFactory platformFactory = mock(SessionFactory.class);
		beans.registerSingleton("sessionFactory", platformFactory);
		// Another module's: by type alone the DAOs could not choose; the platform's bean names decide.
		beans.registerSingleton("reportingSessionFactory", mock(SessionFactory.class));
		beans.registerSingleton("transactionManager", mock(PlatformTransactionManager.class));
		beans.registerSingleton("otherTransactionManager", mock(PlatformTransactionManager.class));
		// What a context's refresh does first: apply the annotation processors the component scan registered.
		for (String name : beans.getBeanNamesForType(BeanPostProcessor.class, true, false)) {
			beans.addBeanPostProcessor(beans.getBean(name, BeanPostProcessor.class));
		}

		HibernatePublisherDao dao = beans.getBean(HibernatePublisherDao.class);
		OpenmrsClinicalData clinicalData = beans.getBean(OpenmrsClinicalData.class);

		Field field = HibernatePublisherDao.class.getDeclaredField("sessionFactory");
		field.setAccessible(true);
		assertThat(field.get(dao)).isSameAs(platformFactory);
		assertThat(clinicalData).isNotNull();
	}
}
