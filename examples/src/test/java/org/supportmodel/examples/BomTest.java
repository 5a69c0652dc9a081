package org.supportmodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The BOM lists every published module (each with a module-info) at the project's version, and nothing else. */
class BomTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String child(Element element, String name) {
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        return nodes.item(i).getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + element.getNodeName() + ">");
  }

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectsVersion() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();
    List<String> published = new ArrayList<>();
    NodeList modules = parent.getElementsByTagName("module");
    for (int i = 0; i < modules.getLength(); i++) {
      String module = modules.item(i).getTextContent().trim();
      // a published module is a named module, or names itself for the module path (the test kit)
      if (Files.exists(ROOT.resolve(module).resolve("src/main/java/module-info.java"))
          || Files.readString(ROOT.resolve(module).resolve("pom.xml")).contains("<Automatic-Module-Name>")) {
        Element pom = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
        published.add(child(pom, "artifactId"));
      }
    }
    assertTrue(published.size() >= 6, published::toString);

    Element bom = read(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    assertEquals(child(parent, "version"), child(bom, "version"), "the BOM's version is the project's");
    assertEquals("supportmodel-bom", child(bom, "artifactId"));
    List<String> listed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertEquals("org.supportmodel", child(dependency, "groupId"));
      assertEquals("${project.version}", child(dependency, "version"));
      listed.add(child(dependency, "artifactId"));
    }
    assertEquals(new TreeSet<>(published), new TreeSet<>(listed));
    assertEquals(listed.size(), new TreeSet<>(listed).size(), "each module once");
    for (String field : List.of("name", "description", "url")) {
      assertTrue(!child(bom, field).isBlank(), field);
    }
    assertEquals(1, bom.getElementsByTagName("license").getLength());
    assertEquals(1, bom.getElementsByTagName("scm").getLength());
    assertEquals(1, bom.getElementsByTagName("developer").getLength());
  }
}
