package io.github.quanze.publish.notice;

import java.util.Objects;

/**
 * Personal information in a field the publication marks public (公开字段含个人信息): the notice, the field, the kind of
 * data and where in the text it starts — never the value itself, which the message must not spread further.
 * <p>
 * The message reads {@code Notice 示烟罚〔2026〕12号: field "facts" holds a mobile phone number at position 23; a field
 * published as it stands must hold no personal information (民法典 Art 1034; 个人信息保护法 Art 6): remove it}.
 */
public final class PersonalDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The notice's number. */
    private final String notice;
    /** The field that holds the data. */
    private final String field;
    /** The kind of personal information. */
    private final PersonalData data;
    /** Where the data starts, from 1. */
    private final int position;

    /**
     * Creates the exception.
     *
     * @param notice  the notice's number (文号), not null
     * @param field  the field, such as {@code facts}, not null
     * @param data  the kind of personal information, not null
     * @param position  where it starts in the text, from 1
     */
    public PersonalDataException(String notice, String field, PersonalData data, int position) {
        super("Notice " + notice + ": field \"" + field + "\" holds " + data.label().en() + " at position " + position
                + "; a field published as it stands must hold no personal information (民法典 Art 1034; "
                + "个人信息保护法 Art 6): remove it");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.field = Objects.requireNonNull(field, "field");
        this.data = Objects.requireNonNull(data, "data");
        this.position = position;
    }

    /**
     * Returns the notice's number.
     *
     * @return the 文号, not null
     */
    public String notice() {
        return notice;
    }

    /**
     * Returns the field that holds the data.
     *
     * @return the field's name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the kind of personal information found.
     *
     * @return the kind, not null
     */
    public PersonalData data() {
        return data;
    }

    /**
     * Returns where the data starts in the field's text.
     *
     * @return the position, from 1
     */
    public int position() {
        return position;
    }
}
