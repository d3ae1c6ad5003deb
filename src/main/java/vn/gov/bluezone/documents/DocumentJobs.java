package vn.gov.bluezone.documents;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.PortalException;

/**
 * Renders documents off the UI thread on a bounded pool (two renderers, sixteen waiting), as the
 * caller ({@link Callers#carryingCaller}), so the services still check role and scope. A full queue
 * is refused with a message instead of piling up work at the 15:00 peak.
 */
@Component
public class DocumentJobs {

    static final int THREADS = 2;
    static final int QUEUE = 16;

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), runnable -> {
                Thread thread = new Thread(runnable, "document-renderer");
                thread.setDaemon(true);
                return thread;
            });

    private final Callers callers;

    DocumentJobs(Callers callers) {
        this.callers = callers;
    }

    public CompletableFuture<byte[]> submit(Supplier<byte[]> work) {
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Runnable task = () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        };
        try {
            pool.execute(callers.carryingCaller(task));
        } catch (RejectedExecutionException busy) {
            throw new PortalException("document.error.busy");
        }
        return result;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
