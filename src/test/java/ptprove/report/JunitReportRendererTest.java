package ptprove.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import ptprove.result.Verdict;

/** The JUnit XML report, read back with a DOM parser: well-formed, escaped, and counting what the summary counts. */
class JunitReportRendererTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void countsMatchTheSummary() throws Exception {
        RunReport run = SarifReportRendererTest.run();
        RunSummary s = RunSummary.of(run);
        Document doc = parse(new JunitReportRenderer(true).render(run));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(s.specs(), suites.getLength());
        // every obligation a testcase, plus one per spec that could not be checked and one per gone obligation
        int gone = 1;
        assertEquals(s.obligations() + s.specsWithErrors() + gone, attr(root, "tests"));
        assertEquals(root.getElementsByTagName("testcase").getLength(), attr(root, "tests"));
        assertEquals(root.getElementsByTagName("failure").getLength(), attr(root, "failures"));
        assertEquals(root.getElementsByTagName("error").getLength(), attr(root, "errors"));
        int sumTests = 0, sumFailures = 0, sumErrors = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            assertEquals(run.specs().get(i).spec(), suite.getAttribute("name"));
            assertEquals(suite.getElementsByTagName("testcase").getLength(), attr(suite, "tests"));
            sumTests += attr(suite, "tests");
            sumFailures += attr(suite, "failures");
            sumErrors += attr(suite, "errors");
        }
        assertEquals(attr(root, "tests"), sumTests);
        // without a record: refuted/unwitnessed/vacuous fail (2); with one, the 3 differences (flipped, new, gone)
        Element noRecord = (Element) suites.item(0);
        assertEquals(2, attr(noRecord, "failures"));
        assertEquals(s.differences(), attr((Element) suites.item(1), "failures"));
        assertEquals(sumFailures, 2 + s.differences());
        // errors: the spec that could not be checked, the unknown and the error verdicts
        assertEquals(s.specsWithErrors() + s.count(Verdict.UNKNOWN) + s.count(Verdict.ERROR), sumErrors);
        assertEquals(attr(root, "errors"), sumErrors);
    }

    @Test
    void namesMessagesAndEscapes() throws Exception {
        Document doc = parse(new JunitReportRenderer(false).render(SarifReportRendererTest.run()));
        NodeList cases = doc.getElementsByTagName("testcase");
        Element first = (Element) cases.item(0);
        assertEquals("specs/arm64/hotremove.ptl", first.getAttribute("classname"));
        assertEquals("vmemmap_free_spares_vmalloc [ERA=504 PAGE_SHIFT=12 VA_BITS=39]", first.getAttribute("name"));
        assertFalse(first.hasAttribute("time"), "no times with includeTimes false");
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("refuted", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("counterexample: start=0xfffffc1fc0000000, end=0xfffffc1fc0010000"),
                failure.getTextContent());
        Element compile = null, odd = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals("(compile)")) compile = c;
            if (c.getAttribute("name").startsWith("t<&>")) odd = c;
        }
        assertEquals("specs/arm64/layout.ptl", compile.getAttribute("classname"));
        assertTrue(compile.getElementsByTagName("error").item(0).getTextContent().contains("unknown name 'VMALOC_END'"));
        assertEquals("t<&>\"'\uFFFD [ERA=504]", odd.getAttribute("name"), "escaped, and a control character replaced");
        assertTrue(odd.getElementsByTagName("error").item(0).getTextContent().contains("internal: <boom> & \"bang\""));
        assertTrue(doc.getElementsByTagName("system-err").item(0).getTextContent().contains("unused let 'x'"));
    }

    @Test
    void aMatchingRecordHasNoFailures() throws Exception {
        RunReport run = new RunReport(SyntheticRuns.TOOL, List.of(SyntheticRuns.hotremove(true)), 5);
        Element root = parse(new JunitReportRenderer(true).render(run)).getDocumentElement();
        assertEquals(104, attr(root, "tests"));
        assertEquals(0, attr(root, "failures"));
        assertEquals(0, attr(root, "errors"));
    }

    @Test
    void deterministicWithoutTimes() {
        RunReport a = SarifReportRendererTest.run();
        RunReport b = new RunReport(a.tool(), a.specs(), 1);
        assertEquals(new JunitReportRenderer(false).render(a), new JunitReportRenderer(false).render(b));
    }
}
