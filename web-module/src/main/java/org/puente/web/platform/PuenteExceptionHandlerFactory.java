package org.puente.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;

/**
 * Turns what a page's action throws into an answer a person understands: 403 when a service
 * refused access, 404 for a record that does not exist; anything else goes on to web.xml's error
 * page, which never shows a stack trace. The exception itself is logged for the operator.
 */
public class PuenteExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PuenteExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(PuenteExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                BusinessException refusal = find(thrown);
                if (refusal == null) {
                    continue;
                }
                int status = refusal instanceof AccessDeniedException ? 403 : 404;
                FacesContext context = FacesContext.getCurrentInstance();
                try {
                    LOG.log(Level.FINE, "Refused: " + refusal.getMessageKey(), refusal);
                    ErrorView.show(context, status);
                } finally {
                    events.remove();
                }
            }
            getWrapped().handle();
        }

        private static BusinessException find(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException
                        || (t instanceof BusinessException b && "error.notFound".equals(b.getMessageKey()))) {
                    return (BusinessException) t;
                }
            }
            return null;
        }
    }
}
