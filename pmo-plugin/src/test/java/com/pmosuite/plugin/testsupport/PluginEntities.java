package com.pmosuite.plugin.testsupport;

import net.java.ao.RawEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The AO entities the descriptor's {@code <ao>} module declares: what Jira would migrate for the plugin. */
public final class PluginEntities {
    private PluginEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] declared() {
        try (InputStream in = PluginEntities.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            NodeList entities = ((Element) root.getElementsByTagName("ao").item(0)).getElementsByTagName("entity");
            List<Class<?>> classes = new ArrayList<>();
            for (int i = 0; i < entities.getLength(); i++) {
                classes.add(Class.forName(entities.item(i).getTextContent().strip()));
            }
            return classes.toArray(Class[]::new);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the <ao> entities from atlassian-plugin.xml", e);
        }
    }
}
