package io.dragoman.cat;

import io.dragoman.account.Identities;
import io.dragoman.account.RequestAccess;
import io.dragoman.account.Role;
import io.dragoman.account.SignedIn;
import io.dragoman.account.TokenService;
import io.dragoman.core.NotSignedInException;
import io.dragoman.tm.MemoryResolver;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Which memories a connector request may read: the memory the request names (by id or name), else
 * the default memory of the token it came with, else every memory, once the caller is known. The tools carry an API token as they
 * can: {@code key=} from OmegaT and MateCat, {@code /key/TOKEN} in the base URL of those that can
 * only be given a URL (Virtaal, Weblate's tmserver), an {@code Authorization} header from the rest
 * (checked before the request gets here). Every connector asks here, so access is decided once.
 */
@ApplicationScoped
public class ReadableMemories {
    /** What a tool's request says about whom it comes from and what it wants to read. */
    public record Caller(String memory, String key) {
    }

    private final MemoryResolver memories;
    private final TokenService tokens;
    private final SecurityIdentity identity;
    private final RequestAccess access;

    ReadableMemories(MemoryResolver memories, TokenService tokens, SecurityIdentity identity, RequestAccess access) {
        this.memories = memories;
        this.tokens = tokens;
        this.identity = identity;
        this.access = access;
    }

    /**
     * The ids of the memories {@code caller} may read, as {@link MemoryResolver#requireAll} gives
     * them: empty means every memory, and restricted memories the caller is no member of are left out.
     *
     * @throws io.dragoman.core.NotFoundException naming {@code memory} when it names no memory the caller may read
     */
    public List<Long> of(Caller caller) {
        admit(caller);
        String memory = withDefaultMemory(caller).memory();
        return memories.requireAll("memory", memory == null ? List.of() : List.of(memory));
    }

    /** The one memory {@code caller} names, when it may read it. */
    public MemoryResolver.Resolved one(Caller caller) {
        admit(caller);
        return memories.require("memory", caller.memory());
    }

    /**
     * {@code caller} naming the default memory of its token when the tool's request names none: a
     * translator whose tool can only be given a server address still reads, and MateCat writes, the
     * project's memory rather than all of them.
     */
    public Caller withDefaultMemory(Caller caller) {
        if (caller.memory() != null && !caller.memory().isBlank()) {
            return caller;
        }
        Optional<SignedIn> who = identity.isAnonymous() ? tokenOwner(caller)
                : Optional.ofNullable(Identities.signedIn(identity));
        return who.flatMap(signedIn -> tokens.defaultMemory(signedIn.tokenId()))
                .map(memory -> new Caller(memory.toString(), caller.key())).orElse(caller);
    }

    /** Who writes through a connector: the signed-in user, or the owner of the token the tool sent. */
    public Optional<SignedIn> writer(Caller caller) {
        return identity.isAnonymous() ? tokenOwner(caller) : Optional.ofNullable(Identities.signedIn(identity));
    }

    /** Every account may read: a translator's token is enough, whatever the account's role. */
    private void admit(Caller caller) {
        if (!identity.isAnonymous() && identity.hasRole(Role.TRANSLATOR_NAME)) {
            return;
        }
        if (caller.key() == null || caller.key().isBlank()) {
            throw new NotSignedInException("a connector needs a Dragoman API token: as key=TOKEN, as /key/TOKEN after"
                    + " the connector's root in its URL, or as Authorization: Bearer TOKEN", true);
        }
        if (tokenOwner(caller).isEmpty()) {
            throw new NotSignedInException("the key is not a Dragoman API token, or it has expired or been revoked",
                    true);
        }
    }

    /**
     * The owner of the token a tool sent as {@code key} (in a URL or a posted form, which Quarkus
     * security does not read), who from here on is the one this request reads memories as.
     */
    private Optional<SignedIn> tokenOwner(Caller caller) {
        if (caller.key() == null || caller.key().isBlank()) {
            return Optional.empty();
        }
        Optional<SignedIn> owner = tokens.resolve(caller.key().strip(), false);
        owner.ifPresent(access::actAs);
        return owner;
    }
}
