package org.newsevents.cli.support;

/** A failure whose message alone tells the user what went wrong and what to do. */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
