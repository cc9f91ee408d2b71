package io.github.quanze.rule;

import java.lang.constant.ConstantDescs;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The template of the reader a table compiles for its columns (融合读取器模板): never loaded as itself, but defined
 * anew as a hidden class for each table, with the table's accessors as class data ({@link FusedReaders}). Each
 * column has its own call site and its accessor is a constant, so the JIT inlines every accessor into one method:
 * the columns are read as a hand-written reader reads them, without a call through an interface per column. The
 * constants of the slots a table does not use fold away.
 */
final class FusedTemplate implements FusedReader {

    private static final FusedData DATA = data();
    private static final int N = DATA.columns();
    private static final int WORDS = DATA.words();
    private static final MethodHandle A0 = DATA.atom(0);
    private static final MethodHandle A1 = DATA.atom(1);
    private static final MethodHandle A2 = DATA.atom(2);
    private static final MethodHandle A3 = DATA.atom(3);
    private static final MethodHandle A4 = DATA.atom(4);
    private static final MethodHandle A5 = DATA.atom(5);
    private static final MethodHandle A6 = DATA.atom(6);
    private static final MethodHandle A7 = DATA.atom(7);
    private static final MethodHandle A8 = DATA.atom(8);
    private static final MethodHandle A9 = DATA.atom(9);
    private static final MethodHandle A10 = DATA.atom(10);
    private static final MethodHandle A11 = DATA.atom(11);
    private static final MethodHandle A12 = DATA.atom(12);
    private static final MethodHandle A13 = DATA.atom(13);
    private static final MethodHandle A14 = DATA.atom(14);
    private static final MethodHandle A15 = DATA.atom(15);
    private static final int R1 = DATA.radix(1);
    private static final int R2 = DATA.radix(2);
    private static final int R3 = DATA.radix(3);
    private static final int R4 = DATA.radix(4);
    private static final int R5 = DATA.radix(5);
    private static final int R6 = DATA.radix(6);
    private static final int R7 = DATA.radix(7);
    private static final int R8 = DATA.radix(8);
    private static final int R9 = DATA.radix(9);
    private static final int R10 = DATA.radix(10);
    private static final int R11 = DATA.radix(11);
    private static final int R12 = DATA.radix(12);
    private static final int R13 = DATA.radix(13);
    private static final int R14 = DATA.radix(14);
    private static final int R15 = DATA.radix(15);
    private static final long[] M0 = DATA.masks(0);
    private static final long[] M1 = DATA.masks(1);
    private static final long[] M2 = DATA.masks(2);
    private static final long[] M3 = DATA.masks(3);
    private static final long[] M4 = DATA.masks(4);
    private static final long[] M5 = DATA.masks(5);
    private static final long[] M6 = DATA.masks(6);
    private static final long[] M7 = DATA.masks(7);
    private static final long[] M8 = DATA.masks(8);
    private static final long[] M9 = DATA.masks(9);
    private static final long[] M10 = DATA.masks(10);
    private static final long[] M11 = DATA.masks(11);
    private static final long[] M12 = DATA.masks(12);
    private static final long[] M13 = DATA.masks(13);
    private static final long[] M14 = DATA.masks(14);
    private static final long[] M15 = DATA.masks(15);

    private static FusedData data() {
        // the template loaded as a class of its own, as a scanner may load it, has no class data and reads no column
        try {
            FusedData data = MethodHandles.classData(MethodHandles.lookup(), ConstantDescs.DEFAULT_NAME,
                    FusedData.class);
            return data == null ? FusedData.NONE_READ : data;
        } catch (IllegalAccessException | ClassCastException loadedAsItself) {
            return FusedData.NONE_READ;
        }
    }

    @Override
    public int point(Object facts) {
        try {
            int p = (int) A0.invokeExact(facts);
            if (N > 1) {
                p = p * R1 + (int) A1.invokeExact(facts);
            }
            if (N > 2) {
                p = p * R2 + (int) A2.invokeExact(facts);
            }
            if (N > 3) {
                p = p * R3 + (int) A3.invokeExact(facts);
            }
            if (N > 4) {
                p = p * R4 + (int) A4.invokeExact(facts);
            }
            if (N > 5) {
                p = p * R5 + (int) A5.invokeExact(facts);
            }
            if (N > 6) {
                p = p * R6 + (int) A6.invokeExact(facts);
            }
            if (N > 7) {
                p = p * R7 + (int) A7.invokeExact(facts);
            }
            if (N > 8) {
                p = p * R8 + (int) A8.invokeExact(facts);
            }
            if (N > 9) {
                p = p * R9 + (int) A9.invokeExact(facts);
            }
            if (N > 10) {
                p = p * R10 + (int) A10.invokeExact(facts);
            }
            if (N > 11) {
                p = p * R11 + (int) A11.invokeExact(facts);
            }
            if (N > 12) {
                p = p * R12 + (int) A12.invokeExact(facts);
            }
            if (N > 13) {
                p = p * R13 + (int) A13.invokeExact(facts);
            }
            if (N > 14) {
                p = p * R14 + (int) A14.invokeExact(facts);
            }
            if (N > 15) {
                p = p * R15 + (int) A15.invokeExact(facts);
            }
            return p;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void match(Object facts, long[] words) {
        try {
            int a0 = (int) A0.invokeExact(facts) * WORDS;
            int a1 = N > 1 ? (int) A1.invokeExact(facts) * WORDS : 0;
            int a2 = N > 2 ? (int) A2.invokeExact(facts) * WORDS : 0;
            int a3 = N > 3 ? (int) A3.invokeExact(facts) * WORDS : 0;
            int a4 = N > 4 ? (int) A4.invokeExact(facts) * WORDS : 0;
            int a5 = N > 5 ? (int) A5.invokeExact(facts) * WORDS : 0;
            int a6 = N > 6 ? (int) A6.invokeExact(facts) * WORDS : 0;
            int a7 = N > 7 ? (int) A7.invokeExact(facts) * WORDS : 0;
            int a8 = N > 8 ? (int) A8.invokeExact(facts) * WORDS : 0;
            int a9 = N > 9 ? (int) A9.invokeExact(facts) * WORDS : 0;
            int a10 = N > 10 ? (int) A10.invokeExact(facts) * WORDS : 0;
            int a11 = N > 11 ? (int) A11.invokeExact(facts) * WORDS : 0;
            int a12 = N > 12 ? (int) A12.invokeExact(facts) * WORDS : 0;
            int a13 = N > 13 ? (int) A13.invokeExact(facts) * WORDS : 0;
            int a14 = N > 14 ? (int) A14.invokeExact(facts) * WORDS : 0;
            int a15 = N > 15 ? (int) A15.invokeExact(facts) * WORDS : 0;
            for (int w = 0; w < WORDS; w++) {
                long m = M0[a0 + w];
                if (N > 1) {
                    m &= M1[a1 + w];
                }
                if (N > 2) {
                    m &= M2[a2 + w];
                }
                if (N > 3) {
                    m &= M3[a3 + w];
                }
                if (N > 4) {
                    m &= M4[a4 + w];
                }
                if (N > 5) {
                    m &= M5[a5 + w];
                }
                if (N > 6) {
                    m &= M6[a6 + w];
                }
                if (N > 7) {
                    m &= M7[a7 + w];
                }
                if (N > 8) {
                    m &= M8[a8 + w];
                }
                if (N > 9) {
                    m &= M9[a9 + w];
                }
                if (N > 10) {
                    m &= M10[a10 + w];
                }
                if (N > 11) {
                    m &= M11[a11 + w];
                }
                if (N > 12) {
                    m &= M12[a12 + w];
                }
                if (N > 13) {
                    m &= M13[a13 + w];
                }
                if (N > 14) {
                    m &= M14[a14 + w];
                }
                if (N > 15) {
                    m &= M15[a15 + w];
                }
                words[w] = m;
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
