package io.github.quanze.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.quanze.internal.Texts;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The organization that enforces: agencies (执法主体), their internal units (内设机构), posts (岗位), officers
 * (执法人员) and the officers' enforcement certificates (执法证).
 * <p>
 * An organization checks its own references when built: every unit belongs to a known agency, every post to a
 * known unit, every officer to a known agency and only to posts of that agency, every certificate to a known
 * officer; identifiers and certificate numbers are unique. Members are held in identifier order, so the
 * organization does not depend on the order they were added in.
 * <p>
 * Certification questions are answered as values ({@link #certification}), never as exceptions. The area asked
 * about is normalised as the areas of certificates are, spaces at either end removed, so that {@code " 烟草专卖"}
 * and {@code "烟草专卖"} are one area.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Organization {

    private final ImmutableMap<AgencyId, Agency> agencies;
    private final ImmutableMap<UnitId, Unit> units;
    private final ImmutableMap<PostId, Post> posts;
    private final ImmutableMap<OfficerId, Officer> officers;
    private final Map<PostId, AgencyId> agencyByPost;
    private final List<EnforcementCredential> credentials;
    private final ImmutableListMultimap<PostId, Officer> officersByPost;
    private final ImmutableListMultimap<OfficerId, EnforcementCredential> credentialsByHolder;

    private Organization(Builder b) {
        this.agencies = index("agency", b.agencies, Agency::id);
        this.units = index("unit", b.units, Unit::id);
        this.posts = index("post", b.posts, Post::id);
        this.officers = index("officer", b.officers, Officer::id);
        index("credential number", b.credentials, EnforcementCredential::number);
        for (Unit unit : units.values()) {
            checkArgument(agencies.containsKey(unit.agency()), "Unit %s names unknown agency '%s'",
                    unit.id(), unit.agency());
        }
        for (Post post : posts.values()) {
            checkArgument(units.containsKey(post.unit()), "Post %s names unknown unit '%s'", post.id(), post.unit());
        }
        for (Officer officer : officers.values()) {
            checkArgument(agencies.containsKey(officer.agency()), "Officer %s names unknown agency '%s'",
                    officer.id(), officer.agency());
            for (PostId post : officer.posts()) {
                checkArgument(posts.containsKey(post), "Officer %s names unknown post '%s'", officer.id(), post);
                AgencyId postAgency = units.get(posts.get(post).unit()).agency();
                checkArgument(postAgency.equals(officer.agency()),
                        "Officer %s of agency '%s' cannot hold post '%s' of agency '%s'",
                        officer.id(), officer.agency(), post, postAgency);
            }
        }
        for (EnforcementCredential credential : b.credentials) {
            if (!officers.containsKey(credential.holder())) { // the message is made only on failure
                throw new IllegalArgumentException(Strings.lenientFormat("Credential %s names unknown holder '%s'",
                        Texts.quoted(credential.number()), credential.holder()));
            }
        }
        this.credentials = b.credentials.stream().sorted(Comparator.comparing(EnforcementCredential::number))
                .collect(ImmutableList.toImmutableList());
        this.agencyByPost = ImmutableMap.copyOf(Maps.transformValues(posts, post -> units.get(post.unit()).agency()));
        ImmutableListMultimap.Builder<PostId, Officer> byPost = ImmutableListMultimap.builder();
        officers.values().forEach(officer -> officer.posts().forEach(post -> byPost.put(post, officer)));
        this.officersByPost = byPost.build();
        ImmutableListMultimap.Builder<OfficerId, EnforcementCredential> byHolder = ImmutableListMultimap.builder();
        credentials.forEach(credential -> byHolder.put(credential.holder(), credential));
        this.credentialsByHolder = byHolder.build();
    }

    private static <K extends Comparable<? super K>, V> ImmutableMap<K, V> index(String kind, List<V> values,
            Function<V, K> key) {
        List<V> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(key));
        ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            K id = key.apply(sorted.get(i));
            if (i > 0 && id.equals(key.apply(sorted.get(i - 1)))) { // the message is made only on failure
                throw new IllegalArgumentException(Strings.lenientFormat("Organization has duplicate %s %s", kind,
                        Texts.quoted(id)));
            }
            map.put(id, sorted.get(i));
        }
        return map.buildOrThrow();
    }

    /**
     * Obtains an empty builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding every member of this organization.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.agencies.addAll(agencies.values());
        b.units.addAll(units.values());
        b.posts.addAll(posts.values());
        b.officers.addAll(officers.values());
        b.credentials.addAll(credentials);
        return b;
    }

    /**
     * Returns the agencies, in identifier order.
     *
     * @return the agencies, not null
     */
    public List<Agency> agencies() {
        return agencies.values().asList();
    }

    /**
     * Returns the units, in identifier order.
     *
     * @return the units, not null
     */
    public List<Unit> units() {
        return units.values().asList();
    }

    /**
     * Returns the posts, in identifier order.
     *
     * @return the posts, not null
     */
    public List<Post> posts() {
        return posts.values().asList();
    }

    /**
     * Returns the officers, in identifier order.
     *
     * @return the officers, not null
     */
    public List<Officer> officers() {
        return officers.values().asList();
    }

    /**
     * Returns the certificates, in number order.
     *
     * @return the certificates, not null
     */
    public List<EnforcementCredential> credentials() {
        return credentials;
    }

    /**
     * Returns the agency with {@code id}, if known.
     *
     * @param id  the identifier, not null
     * @return the agency, not null
     */
    public Optional<Agency> findAgency(AgencyId id) {
        return Optional.ofNullable(agencies.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the post with {@code id}, if known.
     *
     * @param id  the identifier, not null
     * @return the post, not null
     */
    public Optional<Post> findPost(PostId id) {
        return Optional.ofNullable(posts.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the officer with {@code id}, if known.
     *
     * @param id  the identifier, not null
     * @return the officer, not null
     */
    public Optional<Officer> findOfficer(OfficerId id) {
        return Optional.ofNullable(officers.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Returns the unit with {@code id}.
     *
     * @param id  the identifier, not null
     * @return the unit, not null
     * @throws IllegalArgumentException if the organization has no such unit
     */
    public Unit unit(UnitId id) {
        return known(units.get(Objects.requireNonNull(id, "id")), "unit", id);
    }

    /**
     * Returns the post with {@code id}.
     *
     * @param id  the identifier, not null
     * @return the post, not null
     * @throws IllegalArgumentException if the organization has no such post
     */
    public Post post(PostId id) {
        return known(posts.get(Objects.requireNonNull(id, "id")), "post", id);
    }

    /**
     * Returns the officer with {@code id}.
     *
     * @param id  the identifier, not null
     * @return the officer, not null
     * @throws IllegalArgumentException if the organization has no such officer
     */
    public Officer officer(OfficerId id) {
        return known(officers.get(Objects.requireNonNull(id, "id")), "officer", id);
    }

    /**
     * Returns the highest leadership among an officer's posts: whether the officer is a head of the agency
     * (行政机关负责人), and which.
     *
     * @param id  the officer, not null
     * @return {@link Leadership#PRINCIPAL} if a post of the officer is a principal head's, else
     *         {@link Leadership#DEPUTY} if one is a deputy's, else empty; not null
     * @throws IllegalArgumentException if the organization has no such officer
     */
    public Optional<Leadership> leadershipOf(OfficerId id) {
        Optional<Leadership> highest = Optional.empty();
        for (PostId post : officer(id).posts()) {
            Optional<Leadership> leadership = findPost(post).flatMap(Post::leadership);
            if (leadership.isPresent() && (highest.isEmpty() || leadership.get().compareTo(highest.get()) < 0)) {
                highest = leadership;
            }
        }
        return highest;
    }

    /**
     * Returns the agency a post belongs to, through its unit.
     *
     * @param post  the post, not null
     * @return the agency's identifier, not null
     * @throws IllegalArgumentException if the organization has no such post
     */
    public AgencyId agencyOf(PostId post) {
        return known(agencyByPost.get(Objects.requireNonNull(post, "post")), "post", post);
    }

    /**
     * Returns the agency a post belongs to, through its unit, if the post is known.
     *
     * @param post  the post, not null
     * @return the agency's identifier, empty for an unknown post, not null
     */
    public Optional<AgencyId> findAgencyOf(PostId post) {
        return Optional.ofNullable(agencyByPost.get(Objects.requireNonNull(post, "post")));
    }

    /**
     * Returns the officers who hold a post, in identifier order.
     *
     * @param post  the post, not null
     * @return the officers, empty for a vacant or unknown post, not null
     */
    public List<Officer> officersAt(PostId post) {
        return officersByPost.get(Objects.requireNonNull(post, "post"));
    }

    /**
     * Counts the officers at a post who are certified for an enforcement area on a day, stopping at {@code enough}.
     *
     * @param post  the post, not null
     * @param area  the enforcement area, spaces at either end ignored, not blank
     * @param date  the day, not null
     * @param enough  the count at which to stop looking, at least 1
     * @return the number of certified officers, at most {@code enough}
     * @throws IllegalArgumentException if the area is blank or has a control character, or {@code enough} is less
     *         than 1
     */
    public int countCertifiedAt(PostId post, String area, LocalDate date, int enough) {
        String term = area(area);
        Objects.requireNonNull(date, "date");
        checkArgument(enough >= 1, "Count limit must be at least 1, but was %s", enough);
        int certified = 0;
        for (Officer officer : officersAt(post)) {
            if (holdsValid(officer.id(), term, date) && ++certified == enough) {
                break;
            }
        }
        return certified;
    }

    /**
     * Returns an officer's certificates, in number order.
     *
     * @param officer  the officer, not null
     * @return the certificates, empty if the officer holds none, not null
     */
    public List<EnforcementCredential> credentialsOf(OfficerId officer) {
        return credentialsByHolder.get(Objects.requireNonNull(officer, "officer"));
    }

    /**
     * Answers whether an officer is certified for an enforcement area on a day, and if not, why.
     * <p>
     * A certificate counts if it covers the area and is VALID on that day (行政处罚法 Art 42, 行政强制法 Art 17).
     * Where none does, the answer rests on the certificate covering the area that was issued last, or says that
     * no certificate covers the area, or that the officer holds none.
     *
     * @param officer  the officer, not null
     * @param area  the enforcement area, spaces at either end ignored, not blank
     * @param date  the day, not null
     * @return the answer, not null
     * @throws IllegalArgumentException if the organization has no such officer, or the area is blank or has a
     *         control character
     */
    public Certification certification(OfficerId officer, String area, LocalDate date) {
        officer(officer);
        area = area(area);
        Objects.requireNonNull(date, "date");
        List<EnforcementCredential> held = credentialsOf(officer);
        if (held.isEmpty()) {
            return new Certification(officer, area, date, CertificationOutcome.NO_CREDENTIAL, Optional.empty());
        }
        EnforcementCredential latest = null;
        for (EnforcementCredential credential : held) {
            if (!credential.areas().contains(area)) {
                continue;
            }
            if (credential.statusOn(date) == CredentialStatus.VALID) {
                return new Certification(officer, area, date, CertificationOutcome.CERTIFIED,
                        Optional.of(credential.number()));
            }
            if (latest == null || credential.validFrom().isAfter(latest.validFrom())) {
                latest = credential;
            }
        }
        return latest == null
                ? new Certification(officer, area, date, CertificationOutcome.AREA_NOT_COVERED, Optional.empty())
                : new Certification(officer, area, date, CertificationOutcome.of(latest.statusOn(date)),
                        Optional.of(latest.number()));
    }

    /**
     * Checks whether an officer is certified for an enforcement area on a day.
     *
     * @param officer  the officer, not null
     * @param area  the enforcement area, spaces at either end ignored, not blank
     * @param date  the day, not null
     * @return true if a valid certificate covers the area on that day
     * @throws IllegalArgumentException if the organization has no such officer, or the area is blank or has a
     *         control character
     */
    public boolean isCertifiedFor(OfficerId officer, String area, LocalDate date) {
        officer(officer);
        String term = area(area);
        Objects.requireNonNull(date, "date");
        return holdsValid(officer, term, date);
    }

    /** Normalises an area asked about as certificates normalise theirs. */
    private static String area(String area) {
        return Texts.normalizeTerm("Enforcement area", Objects.requireNonNull(area, "area"));
    }

    /** Whether a valid certificate covers the area, already normalised, on the day. */
    private boolean holdsValid(OfficerId officer, String area, LocalDate date) {
        for (EnforcementCredential credential : credentialsOf(officer)) {
            if (credential.areas().contains(area) && credential.statusOn(date) == CredentialStatus.VALID) {
                return true;
            }
        }
        return false;
    }

    private static <T> T known(T value, String kind, Object id) {
        checkArgument(value != null, "Unknown %s '%s' in organization", kind, id);
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Organization other && agencies.equals(other.agencies) && units.equals(other.units)
                && posts.equals(other.posts) && officers.equals(other.officers)
                && credentials.equals(other.credentials);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agencies, units, posts, officers, credentials);
    }

    @Override
    public String toString() {
        return "Organization{" + agencies.size() + " agencies, " + units.size() + " units, " + posts.size()
                + " posts, " + officers.size() + " officers, " + credentials.size() + " credentials}";
    }

    /**
     * Builds an {@link Organization}. A builder is not thread-safe; the organization it builds is.
     */
    public static final class Builder {
        private final List<Agency> agencies = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Officer> officers = new ArrayList<>();
        private final List<EnforcementCredential> credentials = new ArrayList<>();

        private Builder() {}

        /**
         * Adds an agency.
         *
         * @param agency  the agency, not null
         * @return this builder, not null
         */
        public Builder addAgency(Agency agency) {
            agencies.add(Objects.requireNonNull(agency, "agency"));
            return this;
        }

        /**
         * Adds a unit.
         *
         * @param unit  the unit, not null
         * @return this builder, not null
         */
        public Builder addUnit(Unit unit) {
            units.add(Objects.requireNonNull(unit, "unit"));
            return this;
        }

        /**
         * Adds a post.
         *
         * @param post  the post, not null
         * @return this builder, not null
         */
        public Builder addPost(Post post) {
            posts.add(Objects.requireNonNull(post, "post"));
            return this;
        }

        /**
         * Adds an officer.
         *
         * @param officer  the officer, not null
         * @return this builder, not null
         */
        public Builder addOfficer(Officer officer) {
            officers.add(Objects.requireNonNull(officer, "officer"));
            return this;
        }

        /**
         * Adds an enforcement certificate.
         *
         * @param credential  the certificate, not null
         * @return this builder, not null
         */
        public Builder addCredential(EnforcementCredential credential) {
            credentials.add(Objects.requireNonNull(credential, "credential"));
            return this;
        }

        /**
         * Replaces the certificate of the same number, such as one with a status change recorded since.
         *
         * @param credential  the new state of the certificate, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the builder holds no certificate of that number
         */
        public Builder replaceCredential(EnforcementCredential credential) {
            Objects.requireNonNull(credential, "credential");
            for (int i = 0; i < credentials.size(); i++) {
                if (credentials.get(i).number().equals(credential.number())) {
                    credentials.set(i, credential);
                    return this;
                }
            }
            throw new IllegalArgumentException("Organization builder holds no certificate numbered "
                    + Texts.quoted(credential.number()) + " to replace");
        }

        /**
         * Builds the organization, checking identifiers and references.
         *
         * @return the organization, not null
         * @throws IllegalArgumentException if an identifier or certificate number is used twice, or a member
         *         names an unknown agency, unit, post or officer, or an officer holds a post of another agency
         */
        public Organization build() {
            return new Organization(this);
        }
    }
}
