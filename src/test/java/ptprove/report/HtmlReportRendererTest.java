package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportRendererTest {

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException { throw e; }
            @Override public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException { throw e; }
        });
        return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static String html() {
        return new HtmlReportRenderer(false).render(ReportFixtures.run());
    }

    private static List<String> texts(Element svg) {
        List<String> out = new ArrayList<>();
        NodeList nl = svg.getElementsByTagNameNS(AddressSpaceSvg.NS, "text");
        for (int i = 0; i < nl.getLength(); i++) out.add(nl.item(i).getTextContent());
        return out;
    }

    @Test
    void strictXmlWithAnSvgPerFindingAndItsLabels() throws Exception {
        Document doc = parse(html());
        assertEquals(HtmlReportRenderer.XHTML, doc.getDocumentElement().getNamespaceURI());
        assertEquals("html", doc.getDocumentElement().getLocalName());
        NodeList svgs = doc.getElementsByTagNameNS(AddressSpaceSvg.NS, "svg");
        // the evil spec's finding, plus the removed range alone for hotremove's and changedSpec's models
        assertTrue(svgs.getLength() >= 1, "svgs: " + svgs.getLength());
        Element first = (Element) svgs.item(0);
        List<String> labels = texts(first);
        String all = String.join("\n", labels);
        assertTrue(all.contains("0xfffffdffffe50000  start, walk start"), all);
        assertTrue(all.contains("0xfffffdffffe54000  end"), all);
        assertTrue(all.contains("0xfffffd8000000000  table start"), all);
        assertTrue(all.contains("0xfffffe0000000000  table end, walk end"), all);
        assertTrue(all.contains("0xfffffd8000001000  " + ReportFixtures.EVIL_REGION + " address"), all);
        assertTrue(labels.contains("freed pgd table: pgd[507]"), all);
        assertEquals(4, first.getElementsByTagNameNS(AddressSpaceSvg.NS, "rect").getLength()
                + first.getElementsByTagNameNS(AddressSpaceSvg.NS, "path").getLength(), "three ranges, one address");
        // no external assets, no scripts
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "link").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "img").getLength());
    }

    @Test
    void smallRangesStayVisible() throws Exception {
        Element svg = (Element) parse(html()).getElementsByTagNameNS(AddressSpaceSvg.NS, "svg").item(0);
        NodeList rects = svg.getElementsByTagNameNS(AddressSpaceSvg.NS, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            double w = Double.parseDouble(((Element) rects.item(i)).getAttribute("width"));
            assertTrue(w >= 20, "a 16 KiB range next to a 512 GiB one must stay visible: " + w);
        }
    }

    @Test
    void specTextAppearsOnlyEscaped() throws Exception {
        String html = html();
        assertFalse(html.contains("<script"), "raw markup from a spec");
        assertFalse(html.contains(ReportFixtures.EVIL));
        assertTrue(html.contains("&lt;script&gt;&amp;&quot;&#39;"));
        Document doc = parse(html);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains(ReportFixtures.EVIL_SPEC), "spec path round-trips");
        assertTrue(text.contains(ReportFixtures.EVIL_NAME));
        assertTrue(text.contains("P" + ReportFixtures.EVIL), "param names");
        assertTrue(text.contains("timeout " + ReportFixtures.EVIL), "reasons");
        assertTrue(text.contains("unknown name 'VMALOC_END'"), "diagnostics");
    }

    @Test
    void controlCharactersCannotBreakTheXml() throws Exception {
        assertEquals("a\ufffdb&lt;\ufffd", HtmlReportRenderer.escape("a\u0001b<\ud800"));
    }

    @Test
    void deterministic() {
        assertEquals(html(), html());
        RunReport shuffled = new RunReport(SyntheticRuns.TOOL, List.of(ReportFixtures.evilSpec()), 1);
        RunReport again = new RunReport(SyntheticRuns.TOOL, List.of(ReportFixtures.evilSpec()), 1);
        assertEquals(new HtmlReportRenderer(false).render(shuffled), new HtmlReportRenderer(false).render(again));
    }
}
