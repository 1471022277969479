package news.crosscheck.batch;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Remote partitioning, with {@code crosscheck.workers=remote}: the job's JVM is the manager, and the partitions of
 * extraction and comparison run in worker JVMs ({@code crosscheck worker}, which also sets
 * {@code crosscheck.worker.enabled}) that share its PostgreSQL job repository. See {@link RemotePartitioning}.
 * Spring Integration is switched on here only, so a local run starts none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "crosscheck.workers", havingValue = CrosscheckProperties.REMOTE)
@EnableIntegration
class RemotePartitioningConfiguration {

    /**
     * The queues of partition requests: Spring Integration's JDBC channel message store on the job repository's
     * database, its table {@code CC_CHANNEL_MESSAGE} made by a Flyway migration. Workers on other machines must reach
     * the manager's job repository, so an H2 file, which one process opens, is refused.
     */
    @Bean
    JdbcChannelMessageStore partitionRequests(DataSource dataSource) {
        if (SqlDialect.of(dataSource) != SqlDialect.POSTGRESQL) {
            throw new CrosscheckProperties.InvalidSettingException("crosscheck.workers=remote needs the job "
                    + "repository on PostgreSQL (--spring.datasource.url=jdbc:postgresql://...), which the workers "
                    + "share; this one is H2");
        }
        JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
        store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
        store.setTablePrefix("CC_");
        // a request is read back with Java serialisation: only the classes of a request message may be read
        store.addAllowedPatterns(GenericMessage.class.getName(), MessageHeaders.class.getName(), "java.util.*",
                StepExecutionRequest.class.getName());
        return store;
    }

    /** Only in a worker's JVM ({@code crosscheck worker}). */
    @Bean
    @ConditionalOnProperty("crosscheck.worker.enabled")
    PartitionWorker partitionWorker(JobRepository jobRepository, IntegrationFlowContext flows) {
        return new PartitionWorker(jobRepository, flows, System.out);
    }

    @Bean
    Partitioning remotePartitioning(JobRepository jobRepository, JdbcChannelMessageStore partitionRequests,
                                    CrosscheckProperties settings, ObjectProvider<PartitionWorker> worker,
                                    BeanFactory beanFactory) {
        return new RemotePartitioning(jobRepository, partitionRequests, Duration.ofSeconds(settings.workerTimeout()),
                worker.getIfAvailable(), beanFactory);
    }
}
