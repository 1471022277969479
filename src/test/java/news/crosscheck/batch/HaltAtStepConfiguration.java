package news.crosscheck.batch;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
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
 * halted, as by {@code kill -9} (no shutdown hooks, nothing flushed), inside the named step: for a chunk step, as
 * its second chunk begins, once the first is committed, so that the rerun has to resume after a committed chunk (a
 * partition's worker: in the first partition to get there); as it starts for a tasklet step.
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
            // afterChunk runs inside the chunk's transaction, before its commit; beforeChunk runs once the next chunk
            // is read, after the previous one committed. The commit count is that of this step execution, so each
            // partition of a partitioned step counts its own chunks.
            @Override
            public void beforeChunk(Chunk<I> input) {
                if (StepSynchronizationManager.getContext().getStepExecution().getCommitCount() >= 1) {
                    Runtime.getRuntime().halt(HALTED);
                }
            }
        });
    }
}
