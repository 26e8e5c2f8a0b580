package vn.phoyen.workflow.referencedata;

/** A reference-data file that cannot be used; the message names the file and the line so an editor can fix it. */
public class DataFileException extends RuntimeException {

    public DataFileException(String message) {
        super(message);
    }
}
