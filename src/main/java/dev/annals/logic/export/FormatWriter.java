package dev.annals.logic.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one export format to a stream, reading the annotations as it goes. */
interface FormatWriter {

    void write(ExportJob job, OutputStream out) throws IOException;
}
