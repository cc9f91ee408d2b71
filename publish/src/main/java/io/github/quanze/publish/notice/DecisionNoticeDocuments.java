package io.github.quanze.publish.notice;

import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Position;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.jackson.procedure.CaseRecordDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * 执法决定公示 The document of an agency's published decisions ({@code decision-notices}, JSON or YAML), read and
 * written with the codecs of the documents module, like every other kind; its JSON Schema ships beside this class as
 * {@code decision-notices.schema.json}.
 * <p>
 * The document holds the personal information the agency has of each party (it is the agency's record, not the
 * page): the page masks it ({@link MaskingPolicy}). A value refused is one error naming the file, the JSON pointer,
 * the line and the field; the value of a personal field ({@code idNumber}, {@code phone}, {@code email},
 * {@code bankAccount}, {@code address}) and any text refused for holding personal information are never repeated in
 * the message. Citations in {@code basis} resolve against the basis catalogue given to the reader, then the national
 * instruments. A notice's {@code publication} rule has the form of a case record's; left out, the kind's applies.
 * <pre>{@code
 * DecisionNotices notices = QuanzeDocuments.yaml().reader(DecisionNoticeDocuments.DECISION_NOTICES)
 *         .with(BasisCatalogue.class, basis).read(Path.of("decisions.yaml"));
 * }</pre>
 */
public final class DecisionNoticeDocuments {

    private static final Codec<String> PERSONAL_TEXT = new PersonalText();

    private static final Codec<ResidentIdNumber> ID_NUMBER = new Codec<>() {
        @Override
        public ResidentIdNumber read(Input in) {
            TokenStreamLocation at = in.mark();
            String field = in.currentField();
            String text = PERSONAL_TEXT.read(in);
            try {
                return ResidentIdNumber.parse(text);
            } catch (IllegalArgumentException e) {
                // the number is personal information: the error names the field, not the value
                throw in.error(in.positionOf(at), field, null, e.getMessage(), e);
            }
        }

        @Override
        public void write(ResidentIdNumber value, Output out) {
            out.generator().writeString(value.value());
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("type", "string").put("pattern", "^[1-9][0-9]{16}[0-9Xx]$")
                    .put("description", "居民身份证号码 An 18-character citizen identity number, GB 11643 check "
                            + "character; never published");
        }
    };

    private static final Codec<CreditCode> CREDIT_CODE = new Codec<>() {
        @Override
        public CreditCode read(Input in) {
            TokenStreamLocation at = in.mark();
            String field = in.currentField();
            String text = PERSONAL_TEXT.read(in);
            try {
                return CreditCode.parse(text);
            } catch (IllegalArgumentException e) {
                // an organization's code is public, but a person's ID number typed in its place is not
                throw in.error(in.positionOf(at), field, null, e.getMessage(), e);
            }
        }

        @Override
        public void write(CreditCode value, Output out) {
            out.generator().writeString(value.value());
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("type", "string").put("pattern", "^[0-9A-HJ-NPQRTUWXY]{18}$")
                    .put("description", "统一社会信用代码 An organization's unified social credit code, GB 32100-2015 "
                            + "check character; published");
        }
    };

    private static final ObjectCodec<Party> PARTY = ObjectCodec
            .builder("party", Party::builder, Party.Builder::build)
            .description("当事人 The party, with every detail the agency holds; the page masks what may not be public")
            .required("kind", Codecs.enumOf(PartyKind.class), Party::kind, Party.Builder::kind)
            .about("姓名或者名称 The name as the decision states it")
            .required("name", Codecs.STRING, Party::name, Party.Builder::name)
            .about("居民身份证号码 A natural person's ID number; never published")
            .optional("idNumber", ID_NUMBER, Party::idNumber, Party.Builder::idNumber)
            .about("统一社会信用代码 An organization's or individual business's code (GB 32100-2015); published")
            .optional("creditCode", CREDIT_CODE, Party::creditCode, Party.Builder::creditCode)
            .about("法定代表人、负责人或者经营者 The representative or operator of an organization or individual business")
            .optional("representative", Codecs.STRING, Party::representative, Party.Builder::representative)
            .about("地址 The address; a natural person's home address is never published")
            .optional("address", PERSONAL_TEXT, Party::address, Party.Builder::address)
            .about("Whether a natural person's address is the business premises (经营场所), published then")
            .defaulted("addressIsPremises", Codecs.BOOLEAN, Party::addressIsPremises, Party.Builder::addressIsPremises,
                    false)
            .about("电话号码; never published")
            .optional("phone", PERSONAL_TEXT, Party::phone, Party.Builder::phone)
            .about("电子邮箱; never published")
            .optional("email", PERSONAL_TEXT, Party::email, Party.Builder::email)
            .about("银行账号; never published")
            .optional("bankAccount", PERSONAL_TEXT, Party::bankAccount, Party.Builder::bankAccount)
            .about("出生日期 A natural person's birth date; never published")
            .optional("birthDate", Codecs.DATE, Party::birthDate, Party.Builder::birthDate)
            .build();

    private static final ObjectCodec<Withdrawal> WITHDRAWAL = ObjectCodec
            .builder("withdrawal", WithdrawalDraft::new, d -> new Withdrawal(d.date, Optional.ofNullable(d.reason)))
            .description("撤回 The withdrawal of the published information, with the reasons made public")
            .required("date", Codecs.DATE, Withdrawal::date, (d, v) -> d.date = v)
            .about("公开说明的理由 The reasons made public; published, so it must hold no personal information")
            .optional("reason", PERSONAL_TEXT, Withdrawal::reason, (d, v) -> d.reason = v)
            .build();

    private static final ObjectCodec<DecisionNotice> NOTICE = ObjectCodec
            .builder("decisionNotice", DecisionNotice::builder, DecisionNotice.Builder::build)
            .description("执法决定公示信息 A decision to publish, with its party's details as the agency holds them")
            .about("文号 The decision's number, unique in the document")
            .required("number", Codecs.STRING, DecisionNotice::number, DecisionNotice.Builder::number)
            .required("kind", Codecs.enumOf(NoticeKind.class), DecisionNotice::kind, DecisionNotice.Builder::kind)
            .required("agency", Codecs.STRING, DecisionNotice::agency, DecisionNotice.Builder::agency)
            .required("party", PARTY, DecisionNotice::party, DecisionNotice.Builder::party)
            .about("违法事实 The facts, published as they stand but for names of persons: no personal information")
            .required("facts", PERSONAL_TEXT, DecisionNotice::facts, DecisionNotice.Builder::facts)
            .about("第三人 Names of other natural persons in the facts, reduced to the surname and 某 when published")
            .list("thirdPersons", PERSONAL_TEXT, DecisionNotice::thirdPersons, DecisionNotice.Builder::addThirdPerson)
            .about("依据 The provisions relied on, cited in Chinese")
            .required("basis", BasisDocuments.LEGAL_BASIS, DecisionNotice::basis, DecisionNotice.Builder::basis)
            .about("处罚种类 The kinds of penalty; none for a licence")
            .list("penalties", Codecs.enumOf(PenaltyKind.class), DecisionNotice::penalties,
                    DecisionNotice.Builder::addPenalty)
            .about("罚款 The fine in yuan, given exactly when the penalties include FINE")
            .optional("fine", Codecs.DECIMAL, DecisionNotice::fine, DecisionNotice.Builder::fine)
            .about("决定内容 The wording of what was decided; published, so no personal information")
            .optional("decision", PERSONAL_TEXT, DecisionNotice::decision, DecisionNotice.Builder::decision)
            .required("decided", Codecs.DATE, DecisionNotice::decided, DecisionNotice.Builder::decided)
            .required("published", Codecs.DATE, DecisionNotice::published, DecisionNotice.Builder::published)
            .optional("overturned", CaseRecordDocuments.OVERTURNED, DecisionNotice::overturned, DecisionNotice.Builder::overturned)
            .optional("withdrawal", WITHDRAWAL, DecisionNotice::withdrawal, DecisionNotice.Builder::withdrawal)
            .about("公开规则 The publication rule where it is not the kind's default")
            .optional("publication", CaseRecordDocuments.PUBLICATION_RULE, DecisionNotice::publication,
                    DecisionNotice.Builder::publication)
            .build();

    /**
     * A notice, with personal information in a public text reported at that text's field: the notice is checked when
     * it is built, after its last field, so the error is moved from there to the field that holds the data.
     */
    private static final Codec<DecisionNotice> CHECKED_NOTICE = new Codec<>() {
        @Override
        public DecisionNotice read(Input in) {
            Position start = in.position();
            try {
                return NOTICE.read(in);
            } catch (InvalidDocumentException e) {
                if (e.getCause() instanceof PersonalDataException p) {
                    String field = p.field().replace('.', '/');
                    throw in.error(new Position(start.pointer() + "/" + field, start.line(), start.column()),
                            p.field(), null, p.getMessage(), p);
                }
                throw e;
            }
        }

        @Override
        public void write(DecisionNotice value, Output out) {
            NOTICE.write(value, out);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return NOTICE.schema(schemas);
        }
    };

    private static final ObjectCodec<DecisionNotices> NOTICES = ObjectCodec
            .builder("decisionNotices", NoticesDraft::new, NoticesDraft::build)
            .about("The publishing agency")
            .required("agency", Codecs.STRING, DecisionNotices::agency, (d, v) -> d.agency = v)
            .about("Whether every natural person's name is reduced to the surname and 某 (the policy's option)")
            .defaulted("reduceNames", Codecs.BOOLEAN, n -> n.policy().reducesNames(), (d, v) -> d.reduceNames = v,
                    false)
            .list("notices", CHECKED_NOTICE, DecisionNotices::notices, (d, v) -> d.notices.add(v))
            .build();

    /** 执法决定公示 The document of an agency's published decisions. */
    public static final DocumentKind<DecisionNotices> DECISION_NOTICES = DocumentKind.of("decision-notices", 1,
            DecisionNotices.class, "执法决定公示 decision notices", NOTICES);

    private DecisionNoticeDocuments() {
    }

    /**
     * Returns the JSON Schema shipped with the module, {@code decision-notices.schema.json}.
     *
     * @return the schema's text, not null
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String publishedSchema() {
        try (InputStream in = DecisionNoticeDocuments.class.getResourceAsStream(DECISION_NOTICES.schemaFileName())) {
            if (in == null) {
                throw new IllegalStateException("the schema " + DECISION_NOTICES.schemaFileName() + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string whose value is personal or may hold personal information: a refusal never repeats it. */
    private static final class PersonalText implements Codec<String> {

        @Override
        public String read(Input in) {
            if (in.token() != tools.jackson.core.JsonToken.VALUE_STRING) {
                throw in.error(in.position(), in.currentField(), null, "must be a string", null);
            }
            return in.parser().getString();
        }

        @Override
        public void write(String value, Output out) {
            out.generator().writeString(value);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("type", "string");
        }
    }

    private static final class WithdrawalDraft {
        LocalDate date;
        String reason;
    }

    private static final class NoticesDraft {
        String agency;
        boolean reduceNames;
        final List<DecisionNotice> notices = new ArrayList<>();

        DecisionNotices build() {
            return DecisionNotices.of(agency, reduceNames ? MaskingPolicy.reducingNames() : MaskingPolicy.standard(),
                    notices);
        }
    }
}
