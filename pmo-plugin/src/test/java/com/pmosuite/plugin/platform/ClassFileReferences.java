package com.pmosuite.plugin.platform;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes one class file refers to, read from its constant pool the way bnd does when it writes
 * {@code Import-Package}: class constants, and every type named in a descriptor or generic signature (method and
 * field references, lambda and method-handle types, annotations, the class's own members). ArchUnit's dependency
 * model leaves out the parameter types of called methods and the interfaces of lambdas, which the JVM still loads
 * through the bundle's class loader, so it is not enough here.
 */
record ClassFileReferences(String className, Set<String> referencedClasses) {
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    /** An object type in a descriptor or signature: {@code Lcom/acme/Type;} or {@code Lcom/acme/Type<...}. */
    private static final Pattern OBJECT_TYPE = Pattern.compile("(?<![\\w$/.])L([\\w$]+(?:/[\\w$]+)+)(?=[;<])");

    static ClassFileReferences read(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.skipNBytes(4);                                                            // minor, major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] nameOfClass = new int[count];
        Set<Integer> notDescriptors = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case CLASS -> {
                    nameOfClass[i] = in.readUnsignedShort();
                    notDescriptors.add(nameOfClass[i]);
                }
                case STRING, MODULE, PACKAGE -> notDescriptors.add(in.readUnsignedShort());
                case METHOD_TYPE -> in.readUnsignedShort();      // its descriptor is a UTF8 entry, scanned below
                case METHOD_HANDLE -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);                // ints, floats, refs, dynamic
                case 5, 6 -> {                                                       // long, double: two slots
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        in.readUnsignedShort();                                                      // access flags
        String self = utf8[nameOfClass[in.readUnsignedShort()]];
        Set<String> referenced = new TreeSet<>();
        for (int name : nameOfClass) {
            if (name == 0) {
                continue;
            }
            String internal = utf8[name];
            if (internal.startsWith("[")) {
                objectTypes(internal, referenced);
            } else {
                referenced.add(internal.replace('/', '.'));
            }
        }
        for (int i = 1; i < count; i++) {
            if (utf8[i] != null && !notDescriptors.contains(i)) {
                objectTypes(utf8[i], referenced);
            }
        }
        referenced.remove(self.replace('/', '.'));
        return new ClassFileReferences(self.replace('/', '.'), referenced);
    }

    /** The packages of the referenced classes. */
    Set<String> referencedPackages() {
        Set<String> packages = new TreeSet<>();
        for (String name : referencedClasses) {
            int dot = name.lastIndexOf('.');
            packages.add(dot < 0 ? "" : name.substring(0, dot));
        }
        return packages;
    }

    private static void objectTypes(String descriptorOrSignature, Set<String> into) {
        Matcher matcher = OBJECT_TYPE.matcher(descriptorOrSignature);
        while (matcher.find()) {
            into.add(matcher.group(1).replace('/', '.'));
        }
    }
}
