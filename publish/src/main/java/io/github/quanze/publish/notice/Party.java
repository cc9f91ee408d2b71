package io.github.quanze.publish.notice;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The party of an enforcement decision (当事人) as the decision names it (行政处罚法 Art 59(一): 当事人的姓名或者名称、
 * 地址), with the contact and account details an agency holds of it — everything the publication must sort into what
 * may be made public and what may not ({@link MaskingPolicy}).
 * <p>
 * A natural person ({@link PartyKind#NATURAL_PERSON}) has a name, and may have a 居民身份证号码, an address (which may be
 * the business premises where it trades), a phone, an email, a bank account and a birth date. An individual business,
 * a legal person or another organization has a name, a 统一社会信用代码, its legal representative, person in charge
 * or operator (法定代表人、负责人、经营者), an address, and may have a phone, an email and a bank account; an
 * individual business's address is its business premises (经营场所).
 * <p>
 * No method of this class shows a personal value in an exception message, and {@link #toString()} shows only the
 * kind: a party's details must not leak through logs.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Party {

    private static final Pattern LINE = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PartyKind kind;
    private final String name;
    private final Optional<ResidentIdNumber> idNumber;
    private final Optional<CreditCode> creditCode;
    private final Optional<String> representative;
    private final Optional<String> address;
    private final boolean addressIsPremises;
    private final Optional<String> phone;
    private final Optional<String> email;
    private final Optional<String> bankAccount;
    private final Optional<LocalDate> birthDate;

    private Party(Builder b) {
        this.kind = b.kind;
        this.name = b.name;
        this.idNumber = Optional.ofNullable(b.idNumber);
        this.creditCode = Optional.ofNullable(b.creditCode);
        this.representative = Optional.ofNullable(b.representative);
        this.address = Optional.ofNullable(b.address);
        this.addressIsPremises = b.kind == PartyKind.INDIVIDUAL_BUSINESS || b.addressIsPremises;
        this.phone = Optional.ofNullable(b.phone);
        this.email = Optional.ofNullable(b.email);
        this.bankAccount = Optional.ofNullable(b.bankAccount);
        this.birthDate = Optional.ofNullable(b.birthDate);
    }

    /**
     * Starts a party.
     *
     * @param kind  the kind of party, not null
     * @param name  the name (姓名或者名称), as on the decision, not blank
     * @return a builder, not null
     */
    public static Builder builder(PartyKind kind, String name) {
        return new Builder().kind(kind).name(name);
    }

    /**
     * Starts a party whose kind and name are set later, as a document reader does.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind of party.
     *
     * @return the kind, not null
     */
    public PartyKind kind() {
        return kind;
    }

    /**
     * Returns the name (姓名或者名称) as on the decision.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns a natural person's 居民身份证号码.
     *
     * @return the number, empty for an organization or where none is held, not null
     */
    public Optional<ResidentIdNumber> idNumber() {
        return idNumber;
    }

    /**
     * Returns the 统一社会信用代码 of an individual business, a legal person or another organization.
     *
     * @return the code, empty for a natural person or where none is held, not null
     */
    public Optional<CreditCode> creditCode() {
        return creditCode;
    }

    /**
     * Returns the legal representative, person in charge or operator (法定代表人、负责人、经营者) of an organization or
     * an individual business.
     *
     * @return the name, empty for a natural person, not null
     */
    public Optional<String> representative() {
        return representative;
    }

    /**
     * Returns the address (地址) as on the decision.
     *
     * @return the address, empty where none is held, not null
     */
    public Optional<String> address() {
        return address;
    }

    /**
     * Checks whether the address is the business premises (经营场所) where the party trades, rather than a natural
     * person's home. Always true for an individual business.
     *
     * @return true if the address is the business premises
     */
    public boolean addressIsPremises() {
        return addressIsPremises;
    }

    /**
     * Returns the phone number.
     *
     * @return the phone, empty where none is held, not null
     */
    public Optional<String> phone() {
        return phone;
    }

    /**
     * Returns the email address.
     *
     * @return the email, empty where none is held, not null
     */
    public Optional<String> email() {
        return email;
    }

    /**
     * Returns the bank account.
     *
     * @return the account, empty where none is held, not null
     */
    public Optional<String> bankAccount() {
        return bankAccount;
    }

    /**
     * Returns the birth date as recorded.
     *
     * @return the date, empty where none was recorded, not null
     */
    public Optional<LocalDate> birthDate() {
        return birthDate;
    }

    /**
     * Returns the natural person's birth date: the one recorded, else the one in the 居民身份证号码.
     *
     * @return the date, empty if neither is held, not null
     */
    public Optional<LocalDate> knownBirthDate() {
        return birthDate.or(() -> idNumber.map(ResidentIdNumber::birthDate));
    }

    /**
     * Checks whether the party is a natural person under fourteen on a day (不满十四周岁, 个人信息保护法 Art 28): the
     * day of the fourteenth birthday is the first day of being fourteen.
     *
     * @param day  the day, such as the decision's, not null
     * @return true if a birth date is known and the party is not yet fourteen on {@code day}
     */
    public boolean isUnderFourteenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return kind.isNaturalPerson() && knownBirthDate().map(b -> day.isBefore(b.plusYears(14))).orElse(false);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Party p && kind == p.kind && name.equals(p.name) && idNumber.equals(p.idNumber)
                && creditCode.equals(p.creditCode) && representative.equals(p.representative)
                && address.equals(p.address) && addressIsPremises == p.addressIsPremises && phone.equals(p.phone)
                && email.equals(p.email) && bankAccount.equals(p.bankAccount) && birthDate.equals(p.birthDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, idNumber, creditCode, representative, address, addressIsPremises, phone, email,
                bankAccount, birthDate);
    }

    /**
     * Returns a text that shows no personal value.
     *
     * @return such as {@code Party[NATURAL_PERSON]}
     */
    @Override
    public String toString() {
        return "Party[" + kind + "]";
    }

    /**
     * Builds a {@link Party}. The setters only record; {@link #build()} checks, so that no message repeats a personal
     * value. Not thread-safe.
     */
    public static final class Builder {

        private PartyKind kind;
        private String name;
        private ResidentIdNumber idNumber;
        private CreditCode creditCode;
        private String representative;
        private String address;
        private boolean addressIsPremises;
        private String phone;
        private String email;
        private String bankAccount;
        private LocalDate birthDate;

        private Builder() {
        }

        /**
         * Sets the kind of party.
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder kind(PartyKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the name (姓名或者名称).
         *
         * @param name  the name, one line of at most 200 characters, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets a natural person's 居民身份证号码.
         *
         * @param idNumber  the number, not null
         * @return this builder
         */
        public Builder idNumber(ResidentIdNumber idNumber) {
            this.idNumber = Objects.requireNonNull(idNumber, "idNumber");
            return this;
        }

        /**
         * Sets an organization's or individual business's 统一社会信用代码.
         *
         * @param creditCode  the code, not null
         * @return this builder
         */
        public Builder creditCode(CreditCode creditCode) {
            this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
            return this;
        }

        /**
         * Sets the legal representative, person in charge or operator.
         *
         * @param representative  the name, one line, not blank
         * @return this builder
         */
        public Builder representative(String representative) {
            this.representative = Objects.requireNonNull(representative, "representative");
            return this;
        }

        /**
         * Sets the address.
         *
         * @param address  the address, one line, not blank
         * @return this builder
         */
        public Builder address(String address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Sets whether a natural person's address is the business premises where the party trades (not a home).
         *
         * @param premises  true for business premises; false by default
         * @return this builder
         */
        public Builder addressIsPremises(boolean premises) {
            this.addressIsPremises = premises;
            return this;
        }

        /**
         * Sets the phone number.
         *
         * @param phone  the number, one line, not blank
         * @return this builder
         */
        public Builder phone(String phone) {
            this.phone = Objects.requireNonNull(phone, "phone");
            return this;
        }

        /**
         * Sets the email address.
         *
         * @param email  the address, of the form name@domain, not null
         * @return this builder
         */
        public Builder email(String email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /**
         * Sets the bank account.
         *
         * @param bankAccount  the account, one line, not blank
         * @return this builder
         */
        public Builder bankAccount(String bankAccount) {
            this.bankAccount = Objects.requireNonNull(bankAccount, "bankAccount");
            return this;
        }

        /**
         * Sets a natural person's birth date.
         *
         * @param birthDate  the date, not null
         * @return this builder
         */
        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
            return this;
        }

        /**
         * Builds the party.
         *
         * @return the party, not null
         * @throws IllegalArgumentException (without repeating any value) if the kind or name is missing, a text is
         *         blank, longer than 200 characters or has a control character, the email has no {@code @}, a
         *         natural person has a credit code or a representative, an organization an ID number or a birth
         *         date, or a birth date differs from the one in the ID number
         */
        public Party build() {
            checkArgument(kind != null, "a party needs its kind");
            checkArgument(name != null, "a party needs its name");
            line("name", name);
            line("representative", representative);
            line("address", address);
            line("phone", phone);
            line("email", email);
            line("bankAccount", bankAccount);
            checkArgument(email == null || EMAIL.matcher(email).matches(), "a party's email must be of the form "
                    + "name@domain");
            if (kind.isNaturalPerson()) {
                checkArgument(creditCode == null, "a natural person has no 统一社会信用代码; use kind "
                        + "INDIVIDUAL_BUSINESS for a person trading under a registration");
                checkArgument(representative == null, "a natural person has no legal representative or operator");
                checkArgument(birthDate == null || idNumber == null || idNumber.birthDate().equals(birthDate),
                        "a natural person's birth date differs from the one in the 居民身份证号码");
            } else {
                checkArgument(idNumber == null, "a party of kind %s has a 统一社会信用代码, not a 居民身份证号码",
                        kind);
                checkArgument(birthDate == null, "a party of kind %s has no birth date", kind);
                checkArgument(!addressIsPremises || kind == PartyKind.INDIVIDUAL_BUSINESS,
                        "addressIsPremises is for a natural person or an individual business, not %s", kind);
            }
            return new Party(this);
        }

        private static void line(String field, String value) {
            checkArgument(value == null || (!value.isBlank() && LINE.matcher(value).matches()), "a party's %s must "
                    + "be one line of 1 to 200 characters, not blank", field);
        }
    }
}
