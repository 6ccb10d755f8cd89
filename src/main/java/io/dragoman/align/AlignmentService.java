package io.dragoman.align;

import io.dragoman.core.InvalidInputException;
import io.dragoman.core.LimitExceededException;
import io.dragoman.core.Page;
import io.dragoman.core.PageRequest;
import io.dragoman.core.Violation;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Segment;
import io.dragoman.tm.Memory;
import io.dragoman.tm.UnitDraft;
import io.dragoman.tm.UnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Alignment jobs: create (segment, align, store), read, delete, and commit to a memory. */
@ApplicationScoped
public class AlignmentService {
    private final DocumentAligner aligner;
    private final AlignmentStore store;
    private final AlignmentConfig config;
    private final UnitService tm;

    AlignmentService(DocumentAligner aligner, AlignmentStore store, AlignmentConfig config, UnitService tm) {
        this.aligner = aligner;
        this.store = store;
        this.config = config;
        this.tm = tm;
    }

    @Transactional
    public AlignmentView create(AlignmentDraft draft) {
        AlignmentInput input = AlignmentInput.validate(draft, config);
        List<Segment> source = segments(input.sourceSegments(), input.sourceText(), input.sourceLang(), "sourceText");
        List<Segment> target = segments(input.targetSegments(), input.targetText(), input.targetLang(), "targetText");
        DocumentAligner.Proposal proposal = aligner.propose(source, input.sourceLang(), target, input.targetLang());
        AlignmentJob job = new AlignmentJob();
        job.document = input.document() == null ? "pending" : input.document();
        job.sourceLang = input.sourceLang().tag();
        job.targetLang = input.targetLang().tag();
        job.createdAt = now();
        job.changedAt = job.createdAt;
        job.createdBy = draft.user();
        store.em().persist(job);
        if (input.document() == null) {
            job.document = "alignment-" + job.id;
        }
        persistSegments(job, AlignmentSegment.SOURCE, proposal.source());
        persistSegments(job, AlignmentSegment.TARGET, proposal.target());
        for (Bead bead : proposal.beads()) {
            if (bead.isPair()) {
                store.em().persist(AlignmentReview.newPair(job, PairUnits.Range.of(bead), bead.confidence(), false));
            }
        }
        store.em().flush();
        return store.view(job, PairQuery.FIRST);
    }

    /**
     * The given segments (an array, or one a line), or the text cut by the segmenter; every way in
     * is held to the segment limit here, before the aligner sees it.
     */
    private List<Segment> segments(List<Segment> given, String text, LanguageTag language, String field) {
        List<Segment> segments = given != null ? given : aligner.segment(text, language);
        if (segments.size() > config.maxSegments()) {
            throw new LimitExceededException(text == null ? field.replace("Text", "Segments") : field,
                    "dragoman.alignment.max-segments", config.maxSegments(), segments.size(), "segments");
        }
        return segments;
    }

    @Transactional
    public AlignmentView get(long id, PairQuery query) {
        return store.view(store.job(id), query);
    }

    @Transactional
    public Page<AlignmentView.Summary> list(PageRequest page) {
        var em = store.em();
        long total = em.createQuery("select count(j) from AlignmentJob j", Long.class).getSingleResult();
        List<AlignmentView.Summary> items = em.createQuery("from AlignmentJob j order by j.id desc", AlignmentJob.class)
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList()
                .stream().map(AlignmentStore::summary).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Transactional
    public void delete(long id) {
        AlignmentJob job = store.lockedJob(id);
        var em = store.em();
        em.createQuery("delete from AlignmentPair p where p.job = :job").setParameter("job", job).executeUpdate();
        em.createQuery("delete from AlignmentSegment s where s.job = :job").setParameter("job", job).executeUpdate();
        em.remove(job);
    }

    /**
     * Stores the job's accepted pairs, and its proposed pairs at or above {@code minConfidence}
     * when given, as units of the memory. Pairs whose position the memory already holds for this
     * document are skipped, so committing twice adds nothing twice.
     */
    @Transactional
    public AlignmentView.CommitResult commit(long id, Long memoryId, Double minConfidence, String user) {
        if (memoryId == null) {
            throw InvalidInputException.of("memoryId", "must not be null");
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw InvalidInputException.of("minConfidence", "must be between 0 and 1");
        }
        AlignmentJob job = store.lockedJobNoWait(id);
        Memory memory = store.em().find(Memory.class, memoryId);
        if (memory == null) {
            throw InvalidInputException.of("memoryId", "memory " + memoryId + " does not exist");
        }
        List<String> source = store.segments(job, AlignmentSegment.SOURCE).stream().map(s -> s.text).toList();
        List<String> target = store.segments(job, AlignmentSegment.TARGET).stream().map(s -> s.text).toList();
        Set<Integer> present = positionsIn(memoryId, job.document);
        List<UnitDraft> drafts = new ArrayList<>();
        int skipped = 0;
        for (AlignmentPair pair : store.pairs(job)) {
            boolean wanted = pair.status == PairStatus.ACCEPTED || (pair.status == PairStatus.PROPOSED
                    && minConfidence != null && pair.confidence >= minConfidence);
            if (!wanted) {
                continue;
            }
            if (!present.add(pair.sourceStart)) {
                skipped++;
                continue;
            }
            PairUnits.Range range = new PairUnits.Range(pair.sourceStart, pair.sourceCount, pair.targetStart, pair.targetCount);
            drafts.add(PairUnits.draft(memoryId, job.sourceLang, job.targetLang, source, target, range, job.document, user));
        }
        List<Long> ids = drafts.isEmpty() ? List.of() : tm.createUnits(drafts);
        job.committedMemory = memory;
        job.committedAt = now();
        job.changedAt = job.committedAt;
        return new AlignmentView.CommitResult(memoryId, job.document, ids.size(), skipped, ids);
    }

    private Set<Integer> positionsIn(long memoryId, String document) {
        return new HashSet<>(store.em().createQuery("select u.originPosition from TranslationUnit u "
                        + "where u.memory.id = :m and u.originDocument = :d and u.originPosition is not null", Integer.class)
                .setParameter("m", memoryId).setParameter("d", document).getResultList());
    }

    private void persistSegments(AlignmentJob job, String side, List<Segment> segments) {
        int position = 1;
        for (Segment segment : segments) {
            AlignmentSegment row = new AlignmentSegment();
            row.job = job;
            row.side = side;
            row.position = position++;
            row.paragraph = segment.paragraph() + 1;
            row.text = segment.text();
            store.em().persist(row);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
