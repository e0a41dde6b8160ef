package dev.annals.logic.qda;

import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.ForwardingDocuments;
import dev.annals.logic.library.NewDocument;

import java.util.List;

/** A document store whose n-th insert fails, as a full disk would make it. */
final class FailingDocuments extends ForwardingDocuments {

    private int insertsLeft;

    FailingDocuments(DocumentStore real, int failingInsert) {
        super(real);
        this.insertsLeft = failingInsert - 1;
    }

    @Override
    public List<Long> insertAll(List<NewDocument> documents) {
        if (insertsLeft-- <= 0) throw new IllegalStateException("disk full");
        return real.insertAll(documents);
    }
}
