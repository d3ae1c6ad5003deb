package vn.gov.bluezone.shared;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.spel.EvaluationContextProvider;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * What the repositories evaluate a query's SpEL in: the method's arguments as root and the beans by
 * name, so {@code :#{@callerScope.pattern()}} reaches {@link CallerScope}. Spring Data's default
 * provider also builds an adapter, by reflection, for every {@code EvaluationContextExtension} bean
 * (Spring Data JPA registers one for its {@code escape()} functions, which no query here uses) each
 * time a query runs; on the 15:00 burst that cost about 8 % of the submissions per second.
 */
@Component
class ScopedQueryContext implements BeanPostProcessor, BeanFactoryAware, EvaluationContextProvider {

    private BeanFactoryResolver beans;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beans = new BeanFactoryResolver(beanFactory);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof RepositoryFactoryBeanSupport<?, ?, ?> repositories) {
            repositories.setEvaluationContextProvider(this);
        }
        return bean;
    }

    @Override
    public EvaluationContext getEvaluationContext(Object rootObject) {
        StandardEvaluationContext context = new StandardEvaluationContext(rootObject);
        context.setBeanResolver(beans);
        return context;
    }
}
