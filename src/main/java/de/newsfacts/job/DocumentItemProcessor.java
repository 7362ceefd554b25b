package de.newsfacts.job;

import de.newsfacts.pipeline.DocumentPipeline;
import de.newsfacts.pipeline.DocumentResult;
import de.newsfacts.pipeline.IndexItem;
import de.newsfacts.source.Reject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.nio.file.Path;

/**
 * Runs one INDEX item through the document pipeline. A bad document becomes a reject (logged with its INDEX
 * line), never an error that would stop the other documents.
 */
public class DocumentItemProcessor implements ItemProcessor<IndexItem, DocumentResult> {

    private static final Logger log = LoggerFactory.getLogger(DocumentItemProcessor.class);

    private final DocumentPipeline pipeline;
    private final Path indexFile;

    public DocumentItemProcessor(DocumentPipeline pipeline, Path indexFile) {
        this.pipeline = pipeline;
        this.indexFile = indexFile;
    }

    @Override
    public DocumentResult process(IndexItem item) {
        DocumentResult result = pipeline.process(item);
        if (result.isRejected()) {
            Reject reject = result.reject();
            log.warn("{}: line {}: rejected {} ({}): {}", indexFile, reject.indexLine(), reject.path(),
                    reject.reason().code(), reject.detail());
        }
        return result;
    }
}
