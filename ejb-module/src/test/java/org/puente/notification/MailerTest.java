package org.puente.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures end a round of sending (the SMTP server unreachable) and which concern one message only. */
class MailerTest {

    @Test
    void aServerThatCannotBeReachedEndsTheRound() {
        assertTrue(Mailer.unreachable(new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 21425", new ConnectException("Connection refused"))));
        assertTrue(Mailer.unreachable(new MessagingException("Read timed out", new SocketTimeoutException())));
        MessagingException nested = new MessagingException("Exception reading response");
        nested.setNextException(new MessagingException("I/O", new ConnectException("Connection reset")));
        assertTrue(Mailer.unreachable(nested));
    }

    @Test
    void aMessageTheServerRefusesIsThatMessagesFailureOnly() {
        assertFalse(Mailer.unreachable(new SendFailedException("Invalid Addresses")));
        assertFalse(Mailer.unreachable(new MessagingException("550 mailbox unavailable")));
    }
}
