package news.crosscheck.batch;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test-only fault injection for the crash-and-restart test: with {@code crosscheck.test.halt-at=STEP} the JVM is
 * halted, as by {@code kill -9} (no shutdown hooks, nothing flushed), inside the named step: after its first chunk
 * for a chunk step, as it starts for a tasklet step.
 */
@Configuration
@ConditionalOnProperty("crosscheck.test.halt-at")
class HaltAtStepConfiguration {

    static final int HALTED = 137;

    @Bean
    static BeanPostProcessor haltAtStep(@Value("${crosscheck.test.halt-at}") String stepName) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ChunkOrientedStep<?, ?> step && step.getName().equals(stepName)) {
                    haltAfterFirstChunk(step);
                } else if (bean instanceof AbstractStep step && step.getName().equals(stepName)) {
                    step.registerStepExecutionListener(new StepExecutionListener() {
                        @Override
                        public void beforeStep(StepExecution stepExecution) {
                            Runtime.getRuntime().halt(HALTED);
                        }
                    });
                }
                return bean;
            }
        };
    }

    private static <I, O> void haltAfterFirstChunk(ChunkOrientedStep<I, O> step) {
        step.registerChunkListener(new ChunkListener<I, O>() {
            @Override
            public void afterChunk(Chunk<O> output) {
                Runtime.getRuntime().halt(HALTED);
            }
        });
    }
}
