package org.puente.casework;

/**
 * A file as a form received it: the name and the type its browser declared (both only hints for the
 * message when it is refused; the content decides) and its bytes, read to one byte over the limit at most.
 */
public record Upload(String fileName, String declaredType, byte[] data) {

    public Upload {
        data = data == null ? new byte[0] : data;
    }
}
